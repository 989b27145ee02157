package news.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void withoutAPageNumberAListIsKeysetPagedFromItsStart() {
        PageRequest request = PageRequest.parse(null, null, null, "tags");
        assertFalse(request.numbered());
        assertNull(request.cursor());
        assertEquals(20, request.limit());
    }

    @Test
    void aPageNumberAsksForANumberedPage() {
        PageRequest request = PageRequest.parse("3", "20", null, "tags");
        assertTrue(request.numbered());
        assertEquals(40, request.offset());
    }

    @Test
    void aCursorReadsBackAsIssued() {
        Cursor issued = Cursor.after("2024-12-05T08:00:00Z", UUID.randomUUID(), "scope");
        assertEquals(issued, PageRequest.parse(null, "5", issued.encode(), "scope").cursor());
        Cursor nullKey = Cursor.before(null, UUID.randomUUID(), "scope");
        assertEquals(nullKey, Cursor.decode(nullKey.encode(), "scope"));
    }

    @Test
    void aCursorFromAnotherQueryOrMangledIsABadRequest() {
        String cursor = Cursor.after("a", UUID.randomUUID(), "scope").encode();
        for (String bad : new String[] {"x", "!!!", cursor.substring(0, cursor.length() - 3), "MQ"}) {
            assertEquals("cursor", assertThrows(ProblemException.class,
                    () -> PageRequest.parse(null, null, bad, "scope")).errors().get(0).field());
        }
        assertThrows(ProblemException.class, () -> PageRequest.parse(null, null, cursor, "other-scope"));
        assertThrows(ProblemException.class, () -> PageRequest.parse("2", null, cursor, "scope"));
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
