package news.dateline.search;

/**
 * Relevance ranks a bounded candidate set: the newest matches, as many as {@code dateline.search.candidates}
 * ({@code DATELINE_SEARCH_CANDIDATES}, 1,000). Ranking every match of a common word reads every article's vector (at
 * a million articles, 4 to 8 seconds); the newest thousand matches are found by walking the newest-first index and
 * ranked in tens of milliseconds (bench/SCALE-1M.md), and a rare word goes to the full-text index instead, as the
 * planner sees fit. Older matches stay reachable by date ({@code sort=-publishedAt}).
 */
public final class Candidates {

    private Candidates() {
    }

    /**
     * The candidate articles as a derived table aliased {@code a}: those meeting {@code where} (a WHERE clause over
     * the article table aliased {@code a}, or empty), newest first: by publication for public reads (the
     * published-articles index), by last change for editors, whose matches include drafts.
     */
    public static String newest(String where, boolean publishedOnly, int size) {
        String recency = publishedOnly ? "a.published_at desc, a.id desc" : "a.updated_at desc, a.id desc";
        return "(select a.* from article a" + where + " order by " + recency + " limit " + size + ") a";
    }
}
