package news.dateline.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void theVersionIsReadBackFromTheEtagWeIssued() {
        String etag = ETags.of(7, "{}".getBytes(StandardCharsets.UTF_8));
        assertDoesNotThrow(() -> IfMatch.parse(etag).check(7, "tag"));
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> IfMatch.parse(etag).check(8, "tag")).kind());
    }

    @Test
    void anyOfSeveralTagsMayMatch() {
        assertDoesNotThrow(() -> IfMatch.parse("\"3-abc\", \"4-def\"").check(4, "tag"));
    }

    @Test
    void weakAndForeignTagsNeverMatch() {
        assertThrows(ProblemException.class, () -> IfMatch.parse("W/\"4-abc\"").check(4, "tag"));
        assertThrows(ProblemException.class, () -> IfMatch.parse("\"abc\"").check(4, "tag"));
        assertThrows(ProblemException.class, () -> IfMatch.parse("4").check(4, "tag"));
    }

    @Test
    void missingOrWildcardIsPreconditionRequired() {
        for (String header : new String[] {null, "", "  ", "*"}) {
            assertEquals(ProblemKind.PRECONDITION_REQUIRED,
                    assertThrows(ProblemException.class, () -> IfMatch.parse(header)).kind());
        }
    }

    @Test
    void etagsAreStrongAndDifferWithTheBytes() {
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        byte[] b = "b".getBytes(StandardCharsets.UTF_8);
        assertEquals(ETags.of(1, a), ETags.of(1, a));
        assertEquals(false, ETags.of(1, a).equals(ETags.of(1, b)));
        assertEquals(false, ETags.of(a).startsWith("W/"));
    }
}
