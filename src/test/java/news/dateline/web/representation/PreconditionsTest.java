package news.dateline.web.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import news.dateline.web.representation.Preconditions.Outcome;
import org.junit.jupiter.api.Test;

/** RFC 9110's conditional GET, evaluated from raw header values: what a client sends never makes it throw. */
class PreconditionsTest {

    private static final String ETAG = "\"7-abcDEF012345\"";
    private static final Instant CHANGED = Instant.parse("2024-12-05T08:00:00.250Z");

    private static Outcome evaluate(String ifMatch, String ifNoneMatch, String ifModifiedSince,
            String ifUnmodifiedSince) {
        return new Preconditions(ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince).evaluate(ETAG, CHANGED);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAStar() {
        assertEquals(Outcome.NOT_MODIFIED, evaluate(null, ETAG, null, null));
        assertEquals(Outcome.NOT_MODIFIED, evaluate(null, "\"other\", W/" + ETAG, null, null));
        assertEquals(Outcome.NOT_MODIFIED, evaluate(null, "*", null, null));
        assertEquals(Outcome.SEND, evaluate(null, "\"other\"", null, null));
    }

    @Test
    void anInvalidOrOversizedTagListMatchesNothing() {
        assertEquals(Outcome.SEND, evaluate(null, ETAG.substring(1), null, null), "unquoted");
        assertEquals(Outcome.SEND, evaluate(null, ETAG + " junk", null, null), "trailing garbage");
        assertEquals(Outcome.SEND, evaluate(null, "W/", null, null), "W/ alone");
        assertEquals(Outcome.SEND, evaluate(null, "\"x\u0001\", " + ETAG, null, null), "control character");
        assertEquals(Outcome.SEND, evaluate(null, "\"x\", ".repeat(EntityTags.MAX_TAGS) + ETAG, null, null));
        assertEquals(Outcome.NOT_MODIFIED, evaluate(null, "\"x\", ".repeat(EntityTags.MAX_TAGS - 1) + ETAG, null,
                null));
        assertEquals(Outcome.FAILED, evaluate("\"x\", ".repeat(EntityTags.MAX_TAGS) + ETAG, null, null, null));
    }

    @Test
    void ifMatchComparesStronglyAndFailsThePrecondition() {
        assertEquals(Outcome.SEND, evaluate(ETAG, null, null, null));
        assertEquals(Outcome.SEND, evaluate("*", null, null, null));
        assertEquals(Outcome.FAILED, evaluate("W/" + ETAG, null, null, null));
        assertEquals(Outcome.FAILED, evaluate("\"other\"", null, null, null));
    }

    @Test
    void datesCompareAtWholeSecondsAndInvalidOnesAreIgnored() {
        assertEquals(Outcome.NOT_MODIFIED, evaluate(null, null, "Thu, 05 Dec 2024 08:00:00 GMT", null));
        assertEquals(Outcome.SEND, evaluate(null, null, "Thu, 05 Dec 2024 07:59:59 GMT", null));
        assertEquals(Outcome.FAILED, evaluate(null, null, null, "Thu, 05 Dec 2024 07:59:59 GMT"));
        assertEquals(Outcome.SEND, evaluate(null, null, null, "Thu, 05 Dec 2024 08:00:00 GMT"));
        for (String invalid : new String[] {"Yzl, 80 Zbd 0366 25:43:28 GMTY", "-1", "x".repeat(3000), "",
                "Thu, 05 Dec 2024 08:00:00 GMT, Fri, 06 Dec 2024 08:00:00 GMT"}) {
            assertEquals(Outcome.SEND, evaluate(null, null, invalid, null), invalid);
            assertEquals(Outcome.SEND, evaluate(null, null, null, invalid), invalid);
        }
    }

    @Test
    void ifNoneMatchOutranksIfModifiedSinceAndIfMatchOutranksIfUnmodifiedSince() {
        assertEquals(Outcome.SEND, evaluate(null, "\"other\"", "Thu, 05 Dec 2024 08:00:00 GMT", null));
        assertEquals(Outcome.SEND, evaluate(ETAG, null, null, "Thu, 05 Dec 2024 07:00:00 GMT"));
    }

    @Test
    void allThreeHttpDateFormsAreRead() {
        Instant expected = Instant.parse("1994-11-06T08:49:37Z");
        assertEquals(expected, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT"));
        assertEquals(expected, HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT"));
        assertEquals(expected, HttpDates.parse("Sun Nov  6 08:49:37 1994"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(expected));
        assertNull(HttpDates.parse("Sun, 06 Nov 1994 08:49:60 GMT"), "a leap second is not an HTTP-date here");
        assertNotNull(HttpDates.parse(" Sun, 06 Nov 1994 08:49:37 GMT "));
    }

    @Property(tries = 2000)
    void noHeaderValueMakesItThrow(@ForAll @StringLength(max = 300) String value) {
        new Preconditions(value, null, null, null).evaluate(ETAG, CHANGED);
        new Preconditions(null, value, value, value).evaluate(ETAG, CHANGED);
        new Preconditions(null, null, null, value).evaluate(ETAG, null);
    }
}
