package news.dateline.web;

/**
 * Which part of a list a client asks for. Two ways to page: {@code page} (numbered, with totals, for pagers) or
 * {@code cursor} (keyset, stable while rows are added, for feeds and infinite scroll). Without {@code page} a
 * list is keyset-paged from its start, so the hot default path never counts the whole table.
 *
 * @param number the page number in numbered mode, null in keyset mode
 * @param cursor where a keyset page starts, null for the first one
 */
public record PageRequest(Integer number, int limit, Cursor cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses the raw query values so that a malformed number is a 400 naming the parameter, not a 404. */
    public static PageRequest parse(String page, String limit, String cursor, String scope) {
        int size = QueryValues.boundedInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        boolean hasCursor = cursor != null && !cursor.isEmpty();
        if (page != null && !page.isEmpty()) {
            if (hasCursor) {
                throw ProblemException.badParameter("cursor", "cannot be combined with page: choose one way to page");
            }
            return new PageRequest(QueryValues.boundedInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_LIMIT), size, null);
        }
        return new PageRequest(null, size, hasCursor ? Cursor.decode(cursor, scope) : null);
    }

    public boolean numbered() {
        return number != null;
    }

    /** Rows to skip in numbered mode. */
    public int offset() {
        return numbered() ? (number - 1) * limit : 0;
    }
}
