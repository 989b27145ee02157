package news.dateline.search;

import java.util.List;
import java.util.Map;

/**
 * One article search as SQL fragments for a native statement that aliases the article table {@code a}, made by
 * {@link TextSearch#articles} for what the user typed and the language asked for.
 *
 * @param matches      SQL boolean: article "a" matches (false for a query no index can narrow down, such as one
 *                     that only excludes words: it would read every article)
 * @param rank         SQL double precision: relevance of "a", higher is better
 * @param snippet      SQL text: a short passage of "a" around the hits, each hit between U+0001 and U+0002
 *                     ({@link Highlights} turns them into {@code <mark>})
 * @param headSnippet  the same for an article whose head matched ({@link SearchHeads}): around the hits in its
 *                     subtitle and excerpt, or its title, which say what it is about; made from those short texts,
 *                     where a body's passage means reading and parsing the body
 * @param beforeSearch a statement without parameters to run first in the search's transaction, which adjusts how
 *                     the search is planned; null when nothing needs adjusting
 * @param parameters   the named parameters the fragments use
 * @param branches     the same match as tsquery expressions, for other vectors of the article made the same way
 *                     (its search head, migration V23); empty where the database has none
 */
public record ArticleQuery(String matches, String rank, String snippet, String headSnippet, String beforeSearch,
        Map<String, Object> parameters, List<Branch> branches) {

    /**
     * Articles analysed with one of {@code configs} (all articles when empty) match {@code tsquery}, an SQL
     * expression of type tsquery with the named parameters of the query.
     */
    public record Branch(List<String> configs, String tsquery) {
    }
}
