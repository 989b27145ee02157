package news.dateline.search;

import news.dateline.language.LanguageTags;
import news.dateline.search.query.Query;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/**
 * What {@code GET /api/v1/search} was asked, checked: the query as typed (trimmed) and parsed, the language of the
 * articles wanted (a canonical BCP 47 tag, or null for any) and the hits wanted per kind.
 */
record SearchRequest(String query, Query parsed, String language, int limit) {

    static final int MAX_QUERY_LENGTH = 200;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    /** Parses the raw parameters; anything unusable is a 400 naming the parameter. */
    static SearchRequest parse(String q, String language, String limit) {
        Query parsed = QueryParameter.parse("q", q, MAX_QUERY_LENGTH);
        if (parsed == null) {
            throw ProblemException.badParameter("q", "is required and must not be blank");
        }
        return new SearchRequest(q.strip(), parsed, LanguageTags.parameter("language", language),
                QueryValues.boundedInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }
}
