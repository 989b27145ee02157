package news.dateline.search.query;

import java.util.stream.Collectors;

/**
 * A {@link Query} as canonical text, which parses back to an equal query: words as typed, phrases in quotes, AND as a
 * space, {@code OR} in capitals, NOT as {@code -} before a word, phrase or group, and parentheses only where the
 * precedence (NOT, then AND, then OR) needs them. Recursion follows the query's nesting, which the parser bounds.
 */
public final class QueryPrinter {

    private QueryPrinter() {
    }

    public static String print(Query query) {
        if (query instanceof Query.Term term) {
            return scoped(term.scope()) + term.text();
        }
        if (query instanceof Query.Phrase phrase) {
            return scoped(phrase.scope()) + '"' + phrase.text() + '"';
        }
        if (query instanceof Query.Or or) {
            return or.operands().stream().map(QueryPrinter::print).collect(Collectors.joining(" OR "));
        }
        if (query instanceof Query.And and) {
            return and.operands().stream().map(q -> q instanceof Query.Or ? "(" + print(q) + ")" : print(q))
                    .collect(Collectors.joining(" "));
        }
        Query operand = ((Query.Not) query).operand();
        boolean leaf = operand instanceof Query.Term || operand instanceof Query.Phrase;
        return "-" + (leaf ? print(operand) : "(" + print(operand) + ")");
    }

    private static String scoped(Scope scope) {
        return scope == Scope.ANYWHERE ? "" : scope.prefix() + ":";
    }
}
