package news.dateline.web.representation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import news.dateline.web.input.IfMatch;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/** Entity tags are strong, follow the exact bytes, and carry the version a writer's If-Match is checked against. */
class ETagsTest {

    // Quoted, never W/-prefixed: a single resource's tag is "<version>-<digest>", a list's is "<digest>".
    private static final String VERSIONED = "\"\\d+-[A-Za-z0-9_-]{16}\"";
    private static final String UNVERSIONED = "\"[A-Za-z0-9_-]{16}\"";

    @Property
    void theSameVersionAndBytesAlwaysGiveTheSameTag(@ForAll @LongRange(min = 0) long version, @ForAll byte[] body) {
        assertEquals(ETags.of(version, body), ETags.of(version, body.clone()));
        assertEquals(ETags.of(body), ETags.of(body.clone()));
    }

    @Property
    void changingAnyByteChangesTheTag(@ForAll @LongRange(min = 0) long version, @ForAll @Size(min = 1) byte[] body,
            @ForAll int at, @ForAll byte flip) {
        Assume.that(flip != 0);
        byte[] changed = body.clone();
        changed[Math.floorMod(at, changed.length)] ^= flip;

        assertNotEquals(ETags.of(version, body), ETags.of(version, changed));
        assertNotEquals(ETags.of(body), ETags.of(changed));
    }

    @Property
    void aLongerBodyWithTheSameStartGetsAnotherTag(@ForAll @LongRange(min = 0) long version, @ForAll byte[] body,
            @ForAll byte extra) {
        byte[] longer = Arrays.copyOf(body, body.length + 1);
        longer[body.length] = extra;

        assertNotEquals(ETags.of(version, body), ETags.of(version, longer));
        assertNotEquals(ETags.of(body), ETags.of(longer));
    }

    @Property
    void tagsAreStrongQuotedAndStartWithTheVersion(@ForAll @LongRange(min = 0) long version, @ForAll byte[] body) {
        String versioned = ETags.of(version, body);
        String unversioned = ETags.of(body);

        assertTrue(versioned.matches(VERSIONED), versioned);
        assertTrue(versioned.startsWith("\"" + version + "-"), versioned);
        assertTrue(unversioned.matches(UNVERSIONED), unversioned);
    }

    /** If-Match reads versions of up to 18 digits; a row's version counts its writes, so it never gets near that. */
    @Property
    void aTagWeIssueReadsBackThroughIfMatchAsItsVersionAndNoOther(
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999_998L) long version, @ForAll byte[] body) {
        IfMatch ifMatch = IfMatch.parse(ETags.of(version, body));

        assertEquals(Set.of(version), ifMatch.versions());
        assertDoesNotThrow(() -> ifMatch.check(version, "tag"));
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ifMatch.check(version + 1, "tag")).kind());
        assertEquals(Set.of(), IfMatch.parse("W/" + ETags.of(version, body)).versions(), "a weak tag never matches");
    }
}
