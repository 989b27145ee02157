package news.dateline.search;

/**
 * Full-text search over articles as SQL fragments, for native queries that alias the article table {@code a} and
 * bind what the user typed, passed through {@link #bind}, as the named parameter {@code :q}. One implementation per
 * database kind, chosen at build time: {@link PostgresTextSearch} (ranked, stemmed, accent-insensitive) in
 * production and tests, {@link H2TextSearch} (substring matching) in the H2 dev profile.
 */
public interface TextSearch {

    /** SQL boolean expression: the article row aliased "a" matches the query bound as the named parameter :q. */
    String articleMatches();

    /** SQL expression of type double precision: relevance of article "a" for :q, higher is better. */
    String articleRank();

    /**
     * SQL text expression: a short snippet of a.body_text (or title when the body does not match) around the hits,
     * each hit between the characters U+0001 and U+0002
     * ({@link Highlights} turns them into {@code <mark>}).
     */
    String articleSnippet();

    /**
     * The value to bind to :q for what the user typed (the PostgreSQL version may pass it through; the H2 version
     * may lower-case/escape it for LIKE).
     */
    String bind(String userQuery);

    /**
     * A statement to run with :q bound before an article search, in its transaction, that adjusts how the search
     * is planned; null when nothing needs adjusting.
     */
    String beforeSearch();
}
