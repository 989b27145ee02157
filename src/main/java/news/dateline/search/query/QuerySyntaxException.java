package news.dateline.search.query;

/**
 * A query that does not follow the grammar or its bounds ({@link QueryParser}): what is wrong, and where, as the
 * number of Unicode code points before the offending token. The only exception the parser throws.
 */
public final class QuerySyntaxException extends RuntimeException {

    private final int position;

    QuerySyntaxException(String message, int position) {
        super(message, null, false, false);
        this.position = position;
    }

    /** Code points before the error, counted from 0 in the text given to the parser. */
    public int position() {
        return position;
    }
}
