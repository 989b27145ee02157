package news.dateline.web.input;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;

/** Reading If-Match: a write must name the version it changes with a strong tag we issued, else 428 or 412. */
class IfMatchTest {

    @Test
    void anyOfSeveralTagsMayMatch() {
        assertDoesNotThrow(() -> IfMatch.parse("\"3-abc\", \"4-def\"").check(4, "tag"));
    }

    @Test
    void aVersionNotNamedFailsThePrecondition() {
        IfMatch ifMatch = IfMatch.parse("\"3-abc\", \"4-def\"");
        assertEquals(ProblemKind.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> ifMatch.check(5, "tag")).kind());
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
}
