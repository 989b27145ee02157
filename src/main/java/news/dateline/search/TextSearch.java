package news.dateline.search;

/** How the database at hand finds and ranks article text: PostgreSQL full-text search, or a LIKE fallback on H2. */
public interface TextSearch {

    /** SQL boolean expression: the article row aliased "a" matches the query bound as the named parameter :q. */
    String articleMatches();

    /** SQL expression of type double precision: relevance of article "a" for :q, higher is better. */
    String articleRank();

    /** SQL text expression: a short snippet of a.body_text (or title) around the hits, each between \u0001 and \u0002. */
    String articleSnippet();

    /** The value to bind to :q for what the user typed. */
    String bind(String userQuery);
}
