package news.dateline.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Set;
import news.dateline.catalogue.Change;

/**
 * Drops from this instance's cache what a change it made may have altered, as soon as the change commits and before
 * the writer gets its answer, so the writer's next read sees the change. Other instances hear it through
 * {@link ChangeListener}.
 */
@ApplicationScoped
class CacheInvalidation {

    private final ResponseCache cache;

    CacheInvalidation(ResponseCache cache) {
        this.cache = cache;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Change change) {
        cache.invalidate(Set.of(change.surrogateKey()));
    }
}
