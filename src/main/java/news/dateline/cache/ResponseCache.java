package news.dateline.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.auth.AuthConfig;

/**
 * Public responses by request URI, bounded by their weight in bytes. A committed change drops every response it can
 * have altered, judged by the surrogate keys each response carries ({@link Shown}): an edit to one article leaves the
 * other articles' pages in place, while lists and searches always go.
 *
 * <p>A response rendered from a read that began before a change committed must not be stored after the change
 * emptied the cache. Each read therefore takes the current generation when it begins, and a store only counts if no
 * change happened since.
 */
@ApplicationScoped
public class ResponseCache {

    private final Cache<String, CachedResponse> entries;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;
    private volatile boolean listening; // until ChangeListener says it hears every change

    ResponseCache(CacheConfig config, AuthConfig auth) {
        // It serves anonymous reads from the event loop, before authentication: never when reads need a key.
        this.enabled = config.enabled() && auth.publicRead();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedResponse response) -> response.weight() + 2 * key.length())
                .build();
    }

    /** Whether responses are stored and served now: configured on, and hearing about every change. */
    boolean active() {
        return enabled && listening;
    }

    /** Taken when a read begins; handed back to {@link #put}. */
    long generation() {
        return generation.get();
    }

    CachedResponse get(String key) {
        return active() ? entries.getIfPresent(key) : null;
    }

    /** Stores a response unless a change committed after the read that made it began. */
    void put(String key, CachedResponse response, long readAt) {
        if (!active() || generation.get() != readAt) {
            return;
        }
        entries.put(key, response);
        // A change may have emptied the cache between the check above and the put: if so, take the entry back out.
        if (generation.get() != readAt) {
            entries.invalidate(key);
        }
    }

    /** Drops what a committed change to these resources ({@code article:<id>}…) may have made stale. */
    public void invalidate(Set<String> changed) {
        generation.incrementAndGet();
        entries.asMap().values().removeIf(response -> response.shown().staleAfter(changed));
    }

    /** Forgets everything: a change too large to name, or one that may have gone unheard. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** While changes cannot be heard (the listener is down), nothing is stored or served. */
    void listening(boolean heard) {
        if (!heard) {
            invalidateAll();
        }
        listening = heard;
    }
}
