package news.dateline.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.dateline.search.query.Query.And;
import news.dateline.search.query.Query.Not;
import news.dateline.search.query.Query.Or;
import news.dateline.search.query.Query.Phrase;
import news.dateline.search.query.Query.Term;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static Term term(String text) {
        return new Term(text, Scope.ANYWHERE);
    }

    @Test
    void adjacentWordsAreAnd() {
        assertEquals(new And(List.of(term("lavrov"), term("blinken"))), QueryParser.parse("lavrov  blinken"));
        assertEquals(QueryParser.parse("lavrov blinken"), QueryParser.parse("lavrov AND blinken"));
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        assertEquals(new Or(List.of(term("a"), new And(List.of(term("b"), term("c"))))), QueryParser.parse("a OR b c"));
        assertEquals(new Or(List.of(new And(List.of(term("a"), term("b"))), term("c"))),
                QueryParser.parse("a AND b OR c"));
        assertEquals(new And(List.of(new Not(term("a")), term("b"))), QueryParser.parse("NOT a b"));
        assertEquals(new And(List.of(term("lavrov"), term("blinken"), new Not(term("trump")))),
                QueryParser.parse("lavrov AND blinken NOT trump"));
    }

    @Test
    void parenthesesGroup() {
        assertEquals(new And(List.of(new Or(List.of(term("a"), term("b"))), term("c"))),
                QueryParser.parse("(a OR b) c"));
        assertEquals(new Not(new Or(List.of(term("a"), term("b")))), QueryParser.parse("-(a OR b)"));
        assertEquals(term("a"), QueryParser.parse("((a))"));
        assertEquals(QueryParser.parse("a b c"), QueryParser.parse("(a b) c"));
    }

    @Test
    void todaysWebSearchQueriesKeepTheirMeaning() {
        assertEquals(new Phrase("foreign minister", Scope.ANYWHERE), QueryParser.parse("\"foreign   minister\""));
        assertEquals(new Or(List.of(term("osce"), term("nato"))), QueryParser.parse("osce OR nato"));
        assertEquals(new And(List.of(term("ukraine"), new Not(term("russia")))), QueryParser.parse("ukraine -russia"));
        assertEquals(term("nagorno-karabakh"), QueryParser.parse("nagorno-karabakh"));
        assertEquals(new Not(new Phrase("human rights", Scope.ANYWHERE)), QueryParser.parse("-\"human rights\""));
        assertEquals(term("o'brien"), QueryParser.parse("o'brien"));
        assertEquals(term("10:30"), QueryParser.parse("10:30"));
        assertEquals(new And(List.of(term("war"), term("-"), term("peace"))), QueryParser.parse("war - peace"));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertEquals(new And(List.of(term("war"), term("and"), term("peace"))), QueryParser.parse("war and peace"));
        assertEquals(new And(List.of(term("gold"), term("or"), term("silver"))), QueryParser.parse("gold or silver"));
        assertEquals(new And(List.of(term("not"), term("guilty"))), QueryParser.parse("not guilty"));
    }

    @Test
    void scopesApplyToAWordAPhraseOrAGroup() {
        assertEquals(new Term("lavrov", Scope.TITLE), QueryParser.parse("title:lavrov"));
        assertEquals(new Phrase("foreign minister", Scope.BODY), QueryParser.parse("body:\"foreign minister\""));
        assertEquals(new Or(List.of(new Term("a", Scope.SUMMARY), new Term("b", Scope.SUMMARY))),
                QueryParser.parse("summary:(a OR b)"));
        assertEquals(new Not(new Term("trump", Scope.TITLE)), QueryParser.parse("-title:trump"));
        assertEquals(term("author:smith"), QueryParser.parse("author:smith"));
        assertEquals(term("Title:x"), QueryParser.parse("Title:x"));
        assertEquals(new Term("-", Scope.TITLE), QueryParser.parse("title:-"));
    }

    @Test
    void doubleNegationCancels() {
        assertEquals(term("a"), QueryParser.parse("NOT NOT a"));
        assertEquals(term("a"), QueryParser.parse("NOT -a"));
        assertEquals(new Not(term("a")), QueryParser.parse("NOT NOT NOT a"));
    }

    @Test
    void errorsNameTheirPosition() {
        assertError("a (b", 2, "never closed");
        assertError("a b)", 3, "closes no group");
        assertError("\"", 0, "never closed");
        assertError("a \"b c", 2, "never closed");
        assertError("OR", 0, "nothing before");
        assertError("a OR", 2, "nothing after");
        assertError("a AND", 2, "nothing after");
        assertError("NOT", 0, "nothing after");
        assertError("a OR AND b", 2, "nothing after");
        assertError("AND a", 0, "nothing before");
        assertError("a ()", 2, "empty");
        assertError("a \"  \"", 2, "empty");
        assertError("title:", 0, "right after the colon");
        assertError("x title: lavrov", 2, "right after the colon");
        assertError("title:(body:x)", 7, "cannot hold another");
        assertError("-AND", 0, "nothing after");
        assertError("title:-x", 0, "right after the colon");
        assertError("title:)", 0, "right after the colon");
        assertError("é (b", 2, "never closed");
        // Code points, not UTF-16 units: the emoji before is one.
        assertError("\uD83D\uDE00 (b", 2, "never closed");
    }

    @Test
    void boundsAreErrorsWithPositions() {
        String terms = "w ".repeat(QueryParser.MAX_TERMS) + "extra";
        assertError(terms, 2 * QueryParser.MAX_TERMS, "one too many");
        String deep = "(".repeat(50) + "a" + ")".repeat(50);
        assertError(deep, QueryParser.MAX_DEPTH, "deeper than");
        assertEquals(term("a"), QueryParser.parse("(".repeat(QueryParser.MAX_DEPTH) + "a"
                + ")".repeat(QueryParser.MAX_DEPTH)));
    }

    @Test
    void hugeHostileInputsFailFast() {
        long start = System.nanoTime();
        assertError("a " + "AND ".repeat(10_000), 2, "nothing after");
        assertError("(".repeat(100_000), QueryParser.MAX_DEPTH, "deeper than");
        assertError(")".repeat(100_000), 0, "closes no group");
        assertError("NOT ".repeat(100_000), 4 * 99_999, "nothing after");
        assertEquals(new Not(term("a")), QueryParser.parse("-".repeat(100_001) + "a"));
        assertError("a ".repeat(100_000), 2 * QueryParser.MAX_TERMS, "one too many");
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "hostile inputs took seconds");
    }

    private static void assertError(String query, int position, String says) {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> QueryParser.parse(query));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
