package news.dateline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import news.dateline.search.query.Query;

/**
 * What tag and person names are matched with on {@code /api/v1/search}, as the web-search text that
 * {@link SearchSql} reads (and whose last word is its type-ahead prefix). Names have no title or body, so scopes
 * mean nothing to them. A query of words and phrases, some excluded ({@code sergei lavr}, {@code lavrov -sergei}),
 * is written as it was typed, exclusions and type-ahead included; a query of words and phrases joined by OR likewise.
 * Any other query (groups, OR mixed with AND or NOT) matches names that hold any of its words and phrases that are not
 * excluded: the rank puts the names holding most of them first.
 */
final class NameQuery {

    private NameQuery() {
    }

    static String text(Query query) {
        if (query instanceof Query.And and && and.operands().stream().allMatch(NameQuery::isLeafOrExcluded)) {
            return and.operands().stream().map(NameQuery::written).filter(w -> !w.isEmpty())
                    .collect(Collectors.joining(" "));
        }
        if (isLeaf(query)) {
            return written(query);
        }
        List<String> sought = new ArrayList<>();
        collectSought(query, sought);
        return sought.stream().filter(w -> !w.isEmpty()).distinct().collect(Collectors.joining(" or "));
    }

    private static void collectSought(Query query, List<String> sought) {
        if (query instanceof Query.And and) {
            and.operands().forEach(q -> collectSought(q, sought));
        } else if (query instanceof Query.Or or) {
            or.operands().forEach(q -> collectSought(q, sought));
        } else if (isLeaf(query)) {
            sought.add(written(query));
        }
    }

    private static boolean isLeaf(Query query) {
        return query instanceof Query.Term || query instanceof Query.Phrase;
    }

    private static boolean isLeafOrExcluded(Query query) {
        return isLeaf(query) || query instanceof Query.Not not && isLeaf(not.operand());
    }

    /**
     * A leaf as web-search text: a phrase in quotes, a word as typed, except a lone {@code -} and the word
     * {@code or}, which web search would read as operators (both are nothing to a name: punctuation, a stop word).
     */
    private static String written(Query query) {
        if (query instanceof Query.Not not) {
            String operand = written(not.operand());
            return operand.isEmpty() ? "" : "-" + operand;
        }
        if (query instanceof Query.Phrase phrase) {
            return '"' + phrase.text() + '"';
        }
        String word = ((Query.Term) query).text();
        return word.equals("-") || word.toLowerCase(Locale.ROOT).equals("or") ? "" : word;
    }
}
