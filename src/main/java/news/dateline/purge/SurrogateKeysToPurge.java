package news.dateline.purge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.dateline.catalogue.ResourceKind;
import news.dateline.changelog.LoggedChange;

/**
 * The surrogate keys a change makes stale at a caching tier: the changed resource's own ({@code article:<id>}, which
 * every response showing it carries, embedded or not), its collection's ({@code articles}, {@code tags},
 * {@code people}: the lists, feeds and sitemaps that may gain, lose or reorder it, and for {@code articles} the tag
 * and person views whose article counts may move) and {@code search}, whose results show all three kinds.
 */
final class SurrogateKeysToPurge {

    private SurrogateKeysToPurge() {
    }

    /** The keys of these changes, each once, in the order first met. */
    static List<String> of(List<LoggedChange> changes) {
        Set<String> keys = new LinkedHashSet<>();
        for (LoggedChange change : changes) {
            keys.add(change.surrogateKey());
            keys.add(collection(change.kind()));
            keys.add("search");
        }
        return List.copyOf(keys);
    }

    private static String collection(ResourceKind kind) {
        return switch (kind) {
            case ARTICLE -> "articles";
            case TAG -> "tags";
            case PERSON -> "people";
        };
    }
}
