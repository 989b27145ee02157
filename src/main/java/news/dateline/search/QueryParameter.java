package news.dateline.search;

import news.dateline.search.query.Query;
import news.dateline.search.query.QueryParser;
import news.dateline.search.query.QuerySyntaxException;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/**
 * The one reading of a {@code q} parameter, on {@code /api/v1/search} and article lists alike: free text within its
 * length (a 400 beyond), parsed by {@link QueryParser} (a 400 with the {@code position} of the first syntax error).
 */
public final class QueryParameter {

    private QueryParameter() {
    }

    /** The parsed query, or null when the parameter is absent or blank. */
    public static Query parse(String name, String raw, int maxLength) {
        if (QueryValues.text(name, raw, maxLength) == null) {
            return null;
        }
        try {
            // The value as sent, leading spaces and all, so that positions count from what the client wrote.
            return QueryParser.parse(raw);
        } catch (QuerySyntaxException e) {
            throw ProblemException.badSyntax(name, e.getMessage(), e.position());
        }
    }
}
