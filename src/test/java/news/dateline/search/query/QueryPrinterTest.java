package news.dateline.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryPrinterTest {

    @Test
    void printsCanonically() {
        assertCanonical("lavrov AND blinken NOT trump", "lavrov blinken -trump");
        assertCanonical("(a OR b) AND c", "(a OR b) c");
        assertCanonical("a OR (b AND c)", "a OR b c");
        assertCanonical("NOT (a OR b)", "-(a OR b)");
        assertCanonical("NOT (a b)", "-(a b)");
        assertCanonical("title:(a OR \"b  c\")", "title:a OR title:\"b c\"");
        assertCanonical("-title:x", "-title:x");
        assertCanonical("a -", "a -");
        assertCanonical("NOT -", "--");
        assertCanonical("((a OR b) OR c)", "a OR b OR c");
    }

    private static void assertCanonical(String query, String canonical) {
        Query parsed = QueryParser.parse(query);
        assertEquals(canonical, QueryPrinter.print(parsed));
        assertEquals(parsed, QueryParser.parse(canonical));
    }
}
