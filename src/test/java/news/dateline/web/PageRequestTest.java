package news.dateline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(1, 20), PageRequest.parse(null, null));
        assertEquals(new PageRequest(1, 20), PageRequest.parse("", ""));
        assertEquals(40, PageRequest.parse("3", "20").offset());
    }

    @ParameterizedTest
    @CsvSource({"0,20,page", "-1,20,page", "x,20,page", "1,0,limit", "1,101,limit", "1,2.5,limit",
        "99999999999,20,page"})
    void outOfRangeOrMalformedValuesAreBadRequests(String page, String limit, String field) {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse(page, limit));
        assertEquals(ProblemKind.BAD_REQUEST, e.kind());
        assertEquals(field, e.errors().get(0).field());
    }
}
