package news.dateline.search;

import news.dateline.web.ProblemException;

/** What {@code GET /api/v1/search} was asked, checked: the query as typed (trimmed) and the hits wanted per kind. */
record SearchRequest(String query, int limit) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    /** Parses the raw parameters; anything unusable is a 400 naming the parameter. */
    static SearchRequest parse(String q, String limit) {
        return new SearchRequest(parseQuery(q), parseLimit(limit));
    }

    private static String parseQuery(String raw) {
        String query = raw == null ? "" : raw.strip();
        if (query.isEmpty()) {
            throw ProblemException.badParameter("q", "is required and must not be blank");
        }
        if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        // PostgreSQL cannot take U+0000 in text, and no other control character belongs in a query (tabs and
        // line breaks are whitespace and pass).
        if (query.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ProblemException.badParameter("q", "must not contain control characters");
        }
        return query;
    }

    private static int parseLimit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("limit", "must be a whole number between 1 and " + MAX_LIMIT);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badParameter("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}
