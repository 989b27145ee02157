package news.dateline.search;

import java.util.Map;

/**
 * The SQL that {@code GET /api/v1/search} needs beyond {@link TextSearch}, in the dialect of the datasource: a
 * guard against queries no index can answer, and the matching and ranking of tags and people by name and aliases
 * (native queries that alias the tag or person table {@code n}).
 */
interface SearchSql {

    /**
     * SQL boolean, the same for every row, over the user's query bound as :q: whether the article query can narrow
     * the rows down through an index. One that only excludes words ({@code -ukraine}, {@code osce OR -ukraine})
     * would match nearly every row and could only be answered by reading them all, so on its own it finds nothing.
     */
    String selective();

    /** SQL boolean expression: the row aliased "n" (its name or one of its aliases) matches the query. */
    String nameMatches();

    /** SQL expression of type double precision: relevance of "n", higher is better; an exact name comes first. */
    String nameRank();

    /** The named parameters the name expressions use, for what the user typed. */
    Map<String, Object> nameParameters(String userQuery);
}
