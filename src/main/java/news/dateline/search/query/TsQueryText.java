package news.dateline.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Query} as PostgreSQL {@code tsquery} text for one text search configuration, from each word's and
 * phrase's analysis in that configuration (the text of {@code websearch_to_tsquery}: stemmed, unaccented, stop words
 * gone, {@code <->} between the words of a phrase). Leaves combine with {@code &}, {@code |} and {@code !}; a scoped
 * leaf's lexemes carry its weight label ({@code 'lavrov':A}). A leaf that analyses to nothing (only stop words or
 * punctuation) drops out as PostgreSQL drops it: from an AND or an OR it goes, a NOT of it goes, and what is left
 * of nothing is nothing.
 *
 * <p>Beside the match, the part an index can use, as PostgreSQL's {@code querytree} makes it: NOTs go from ANDs,
 * an OR with a NOT in it, or a NOT alone, is {@code T} (no index can narrow it down). Ranking uses that part, and a
 * query whose part is {@code T} or empty matches nothing.
 */
public final class TsQueryText {

    /** One operand of tsquery text: a quoted lexeme ({@code ''} and backslash escapes inside), and its labels. */
    private static final Pattern OPERAND = Pattern.compile("'(?:[^'\\\\]|''|\\\\.)*'(?::[*A-D]+)?");

    /** No index can use it. */
    public static final String UNINDEXABLE = "T";

    /**
     * @param match  the whole query as tsquery text; empty when nothing is left of it
     * @param ranked the part an index can use ({@link #UNINDEXABLE}, or empty when nothing is left)
     */
    public record Compiled(String match, String ranked) {

        /** Whether an index can narrow the query down; if not, it matches nothing. */
        public boolean searchable() {
            return !ranked.isEmpty() && !ranked.equals(UNINDEXABLE);
        }

        /** Whether it holds a phrase (words that must follow each other), which PostgreSQL estimates badly. */
        public boolean hasPhrase() {
            return OPERAND.matcher(match).replaceAll("").contains("<");
        }
    }

    private TsQueryText() {
    }

    /** {@code analysed} gives a word's or phrase's analysis without its scope; empty when it has no lexemes. */
    public static Compiled compile(Query query, Function<Query, String> analysed) {
        return part(query, analysed);
    }

    private static Compiled part(Query query, Function<Query, String> analysed) {
        if (query instanceof Query.Term term) {
            return leaf(analysed.apply(term), term.scope());
        }
        if (query instanceof Query.Phrase phrase) {
            return leaf(analysed.apply(phrase), phrase.scope());
        }
        if (query instanceof Query.Not not) {
            Compiled operand = part(not.operand(), analysed);
            return operand.match().isEmpty() ? operand : new Compiled("!" + group(operand.match()), UNINDEXABLE);
        }
        boolean and = query instanceof Query.And;
        List<Query> operands = and ? ((Query.And) query).operands() : ((Query.Or) query).operands();
        List<String> matches = new ArrayList<>();
        List<String> trees = new ArrayList<>();
        boolean unindexable = false;
        for (Query operand : operands) {
            Compiled compiled = part(operand, analysed);
            if (compiled.match().isEmpty()) {
                continue;
            }
            matches.add(group(compiled.match()));
            if (compiled.ranked().equals(UNINDEXABLE)) {
                unindexable = true;
            } else {
                trees.add(group(compiled.ranked()));
            }
        }
        if (matches.isEmpty()) {
            return new Compiled("", "");
        }
        String operator = and ? " & " : " | ";
        String match = String.join(operator, matches);
        // An AND is indexable through any indexable operand; an OR only if every operand is.
        boolean tree = and ? !trees.isEmpty() : !unindexable;
        return new Compiled(match, tree ? String.join(operator, trees) : UNINDEXABLE);
    }

    private static Compiled leaf(String analysed, Scope scope) {
        String text = analysed == null ? "" : analysed.strip();
        if (text.isEmpty()) {
            return new Compiled("", "");
        }
        if (scope.weight() != null) {
            Matcher operand = OPERAND.matcher(text);
            text = operand.replaceAll(m -> Matcher.quoteReplacement(weighted(m.group(), scope.weight())));
        }
        return new Compiled(text, text);
    }

    /** The operand restricted to one weight: a label after the lexeme, beside a prefix mark if it has one. */
    private static String weighted(String operand, String weight) {
        return operand.endsWith("'") ? operand + ":" + weight : operand + weight;
    }

    private static String group(String text) {
        return "( " + text + " )";
    }
}
