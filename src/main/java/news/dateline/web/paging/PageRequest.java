package news.dateline.web.paging;

import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

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
    /**
     * How deep numbered pages reach, as search engines bound them: an offset costs every row it skips, and a total
     * is counted only this far. Beyond it a list pages on by cursor, at the same cost at any depth.
     */
    public static final int MAX_NUMBERED_ITEMS = 10_000;

    /** Parses the raw query values so that a malformed number is a 400 naming the parameter, not a 404. */
    public static PageRequest parse(String page, String limit, String cursor, String scope) {
        int size = QueryValues.boundedInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        boolean hasCursor = cursor != null && !cursor.isEmpty();
        if (page != null && !page.isEmpty()) {
            if (hasCursor) {
                throw ProblemException.badParameter("cursor", "cannot be combined with page: choose one way to page");
            }
            int number = QueryValues.boundedInt("page", page, 1, 1, Integer.MAX_VALUE / MAX_LIMIT);
            if ((long) number * size > MAX_NUMBERED_ITEMS) {
                throw ProblemException.badParameter("page", "must be at most " + MAX_NUMBERED_ITEMS / size
                        + " with limit " + size + ": numbered pages reach the first " + MAX_NUMBERED_ITEMS
                        + " items; page on with cursor");
            }
            return new PageRequest(number, size, null);
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
