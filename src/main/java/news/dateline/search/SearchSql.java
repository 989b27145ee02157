package news.dateline.search;

import java.util.Map;

/**
 * The SQL that {@code GET /api/v1/search} needs beyond {@link TextSearch}, in the dialect of the datasource: the
 * matching and ranking of tags and people by name and aliases (native queries that alias the tag or person table
 * {@code n}). A name query no index can narrow down ({@code -ukraine}) matches nothing, as an article query does.
 */
interface SearchSql {

    /** SQL boolean expression: the row aliased "n" (its name or one of its aliases) matches the query. */
    String nameMatches();

    /** SQL expression of type double precision: relevance of "n", higher is better; an exact name comes first. */
    String nameRank();

    /** The named parameters the name expressions use, for what the user typed. */
    Map<String, Object> nameParameters(String userQuery);
}
