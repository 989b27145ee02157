package news.dateline.purge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.dateline.changelog.ChangeRow;

/**
 * The surrogate keys a change makes stale at a caching tier: the changed resource's own ({@code article:<id>}, which
 * every response showing it carries, embedded or not), its collection's ({@code articles}, {@code tags},
 * {@code people}: the lists, feeds and sitemaps that may gain, lose or reorder it, and for {@code articles} the tag
 * and person views whose article counts may move) and {@code search}, whose results show all three kinds.
 */
final class PurgeKeys {

    private PurgeKeys() {
    }

    /** The keys of these changes, each once, in the order first met. */
    static List<String> of(List<ChangeRow> changes) {
        Set<String> keys = new LinkedHashSet<>();
        for (ChangeRow change : changes) {
            keys.add(change.resource() + ':' + change.id());
            keys.add(collection(change.resource()));
            keys.add("search");
        }
        return List.copyOf(keys);
    }

    private static String collection(String resource) {
        return switch (resource) {
            case "article" -> "articles";
            case "tag" -> "tags";
            case "person" -> "people";
            default -> throw new IllegalStateException("unknown resource in the change log: " + resource);
        };
    }
}
