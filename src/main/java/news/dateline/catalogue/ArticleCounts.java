package news.dateline.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import news.dateline.web.paging.Listing;

/** Puts tags or people together with how many published articles each has, counted for a whole page at once. */
public final class ArticleCounts {

    private ArticleCounts() {
    }

    /**
     * @param count published articles by entry id, for the ids given, in one statement
     * @param view  the view of an entry and its count
     */
    public static <E extends Slugged, V> Listing<V> attach(Listing<E> page,
            Function<Collection<UUID>, Map<UUID, Long>> count, BiFunction<E, Long, V> view) {
        Map<UUID, Long> counts = count.apply(page.items().stream().map(Slugged::getId).toList());
        return page.map(entry -> view.apply(entry, counts.getOrDefault(entry.getId(), 0L)));
    }

    public static <E extends Slugged, V> V attach(E entry, Function<Collection<UUID>, Map<UUID, Long>> count,
            BiFunction<E, Long, V> view) {
        return view.apply(entry, count.apply(List.of(entry.getId())).getOrDefault(entry.getId(), 0L));
    }
}
