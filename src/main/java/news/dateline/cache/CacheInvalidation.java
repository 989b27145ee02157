package news.dateline.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import news.dateline.catalogue.ContentChanged;

/**
 * Empties this instance's cache as soon as a change it made commits, before the writer gets its answer, so the
 * writer's next read sees the change. Other instances hear it through {@link ChangeListener}.
 */
@ApplicationScoped
class CacheInvalidation {

    private final ResponseCache cache;

    CacheInvalidation(ResponseCache cache) {
        this.cache = cache;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        cache.invalidateAll();
    }
}
