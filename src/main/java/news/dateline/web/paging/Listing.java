package news.dateline.web.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of results from a service: the items, and what the response needs around them: the total
 * (numbered pages only), the cursors at both ends (keyset pages only) and when the newest item changed.
 *
 * @param hasMore   keyset mode: whether rows lie beyond this page in the direction it was read
 * @param atFirst   keyset mode: a cursor that reads the page before this one
 * @param atLast    keyset mode: a cursor that reads the page after this one
 */
public record Listing<T>(List<T> items, Long total, boolean hasMore, Cursor atFirst, Cursor atLast) {

    public static <T> Listing<T> numbered(List<T> items, long total) {
        return new Listing<>(List.copyOf(items), total, false, null, null);
    }

    /**
     * A keyset page from rows read in the page's direction, one more than the limit: that extra row only says
     * there is more. Rows read backwards (a {@code before} cursor) are put back in list order.
     */
    public static <T> Listing<T> keyset(List<T> rows, PageRequest request, String scope, Function<T, String> keyOf,
            Function<T, UUID> idOf) {
        boolean hasMore = rows.size() > request.limit();
        List<T> items = new ArrayList<>(rows.subList(0, Math.min(rows.size(), request.limit())));
        if (request.cursor() != null && request.cursor().before()) {
            Collections.reverse(items);
        }
        if (items.isEmpty()) {
            return new Listing<>(List.of(), null, false, null, null);
        }
        T first = items.get(0);
        T last = items.get(items.size() - 1);
        return new Listing<>(List.copyOf(items), null, hasMore, Cursor.before(keyOf.apply(first), idOf.apply(first), scope),
                Cursor.after(keyOf.apply(last), idOf.apply(last), scope));
    }

    public <R> Listing<R> map(Function<T, R> mapper) {
        return new Listing<>(items.stream().map(mapper).toList(), total, hasMore, atFirst, atLast);
    }
}
