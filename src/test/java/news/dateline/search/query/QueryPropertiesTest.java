package news.dateline.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the query language over many inputs: printing round-trips, and nothing but a syntax error escapes. */
class QueryPropertiesTest {

    @Property(tries = 2000)
    void anyParsedQueryPrintsToTextThatParsesToTheSameQuery(@ForAll("queryText") String text) {
        Query parsed;
        try {
            parsed = QueryParser.parse(text);
        } catch (QuerySyntaxException e) {
            return;
        }
        String printed = QueryPrinter.print(parsed);
        Query again = QueryParser.parse(printed);
        assertEquals(parsed, again, printed);
        assertEquals(printed, QueryPrinter.print(again));
    }

    @Property(tries = 1000)
    void anyQueryBuiltFromTheGrammarPrintsBackToItself(@ForAll("query") Query query) {
        String printed = QueryPrinter.print(query);
        assertEquals(printed, QueryPrinter.print(QueryParser.parse(printed)));
    }

    @Property(tries = 3000)
    void soupEitherParsesOrFailsWithAPosition(@ForAll("soup") String text) {
        throwsOnlySyntaxErrors(text);
    }

    @Property(tries = 2000)
    void anyStringEitherParsesOrFailsWithAPosition(@ForAll String text) {
        throwsOnlySyntaxErrors(text);
    }

    private static void throwsOnlySyntaxErrors(String text) {
        try {
            QueryParser.parse(text);
        } catch (QuerySyntaxException e) {
            int length = text.codePointCount(0, text.length());
            if (e.position() < 0 || e.position() > length) {
                throw new AssertionError("position " + e.position() + " outside " + length + ": " + e.getMessage());
            }
        }
    }

    /** Operators, parentheses, quotes, scopes, words (unicode too) and spaces, in any order. */
    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("AND", "OR", "NOT", "-", "(", ")", "\"", "title:", "body:", "summary:", ":", " ", "  ",
                        "and", "or", "not", "--", "\t", "\u00a0", "nagorno-karabakh", "é", "\uD83D\uDE00"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    /** Soup with spaces between pieces: closer to what people type, so more of it parses. */
    @Provide
    Arbitrary<String> queryText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("AND", "OR", "NOT", "-", "(", ")", "title:", "body:(", "summary:\"x y\"", "\"a b\"",
                        "-x", "(y", "z)", "-(", "-\"p q\"", "o'brien", "10:30", "or", "-"),
                Arbitraries.strings().withCharRange('a', 'e').withChars('é', '-', ':', '\'').ofMinLength(1)
                        .ofMaxLength(4));
        return piece.list().ofMaxSize(20).map(pieces -> String.join(" ", pieces));
    }

    @Provide
    Arbitrary<Query> query() {
        return query(4);
    }

    private Arbitrary<Query> query(int depth) {
        Arbitrary<Scope> scopes = Arbitraries.of(Scope.class);
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars('é', '\'', '-', '.')
                .ofMinLength(1).ofMaxLength(8).filter(w -> !w.startsWith("-") || w.equals("-"))
                .filter(w -> !w.contains(":"));
        Arbitrary<Query> term = net.jqwik.api.Combinators.combine(words, scopes)
                .as((w, s) -> (Query) new Query.Term(w, s));
        Arbitrary<Query> phrase = net.jqwik.api.Combinators.combine(
                words.list().ofMinSize(1).ofMaxSize(3), scopes)
                .as((w, s) -> (Query) new Query.Phrase(String.join(" ", w), s));
        Arbitrary<Query> leaf = Arbitraries.oneOf(term, phrase);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Query> inner = Arbitraries.lazy(() -> query(depth - 1));
        Arbitrary<List<Query>> operands = inner.list().ofMinSize(2).ofMaxSize(3);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, operands.map(Query::and)),
                net.jqwik.api.Tuple.of(1, operands.map(Query::or)),
                net.jqwik.api.Tuple.of(1, inner.map(Query::not)));
    }
}
