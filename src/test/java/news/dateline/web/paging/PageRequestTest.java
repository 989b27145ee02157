package news.dateline.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which page a list request asks for: numbered with {@code page}, keyset otherwise, and a bounded limit. */
class PageRequestTest {

    @Test
    void withoutAPageNumberAListIsKeysetPagedFromItsStart() {
        for (String noCursor : new String[] {null, ""}) {
            PageRequest request = PageRequest.parse(null, null, noCursor, "tags");
            assertFalse(request.numbered());
            assertNull(request.cursor());
            assertEquals(20, request.limit());
        }
    }

    @Test
    void aPageNumberAsksForANumberedPage() {
        PageRequest request = PageRequest.parse("3", "20", null, "tags");
        assertTrue(request.numbered());
        assertEquals(40, request.offset());
    }

    @Test
    void aCursorAsksForTheKeysetPageItNamesInTheListsOwnScope() {
        Cursor issued = Cursor.after("2024-12-05T08:00:00Z", UUID.randomUUID(), "scope");
        PageRequest request = PageRequest.parse(null, "5", issued.encode(), "scope");
        assertFalse(request.numbered());
        assertEquals(issued, request.cursor());
        assertEquals(5, request.limit());
        assertThrows(ProblemException.class, () -> PageRequest.parse(null, "5", issued.encode(), "other-scope"));
    }

    @Test
    void aCursorAndAPageNumberTogetherAreABadRequest() {
        String cursor = Cursor.after("a", UUID.randomUUID(), "scope").encode();
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse("2", null, cursor, "scope"));
        assertEquals(ProblemKind.BAD_REQUEST, e.kind());
        assertEquals("cursor", e.errors().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"0,20,page", "-1,20,page", "x,20,page", "1,0,limit", "1,101,limit", "1,2.5,limit",
        "99999999999,20,page"})
    void outOfRangeOrMalformedValuesAreBadRequests(String page, String limit, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse(page, limit, null, "s"));
        assertEquals(ProblemKind.BAD_REQUEST, e.kind());
        assertEquals(field, e.errors().get(0).field());
    }
}
