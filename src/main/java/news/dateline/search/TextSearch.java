package news.dateline.search;

import news.dateline.search.query.Query;

/**
 * Full-text search over articles, as SQL fragments for native queries that alias the article table {@code a}. One
 * implementation per database kind, chosen at build time: {@link PostgresTextSearch} (ranked, stemmed per
 * language, accent-insensitive) in production and tests, {@link H2TextSearch} (substring matching) in the H2 dev
 * profile.
 */
public interface TextSearch {

    /**
     * The search for what the user typed (parsed) among articles in {@code language} (a BCP 47 tag; the caller filters the
     * articles by it), or among all articles when it is null, each then analysed as its own language.
     */
    ArticleQuery articles(Query userQuery, String language);
}
