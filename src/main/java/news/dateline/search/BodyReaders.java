package news.dateline.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Who may read the articles' bodies, the costly second stage of a public search (and of a public list by relevance,
 * article/HeadsFirst). At most
 * {@code dateline.search.body-readers} searches at once (by default as many as there are processors): past that many,
 * a search answers from the heads at once instead of queueing for the processors, so that 32 readers of a common
 * phrase get quick, marked-incomplete answers rather than slow complete ones. And a query whose bodies could not be
 * read in time is not tried again for {@code dateline.search.body-retry}: at a million articles a phrase of two common
 * words never finishes in the budget (bench/SCALE-1M.md), and every reader of it would otherwise spend the budget
 * again. That remembers an outcome, never an answer: each search still reads its heads as they are.
 */
@ApplicationScoped
public class BodyReaders {

    private final Semaphore permits;
    /** Queries (their analysed text and language) whose bodies ran out of time lately. */
    private final Cache<String, Boolean> outOfTime;

    BodyReaders(SearchConfig config) {
        this.permits = new Semaphore(config.bodyReaders().orElse(Runtime.getRuntime().availableProcessors()));
        this.outOfTime = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(config.bodyRetry()).build();
    }

    /**
     * What {@code read} found for {@code query}, or empty when it found nothing in time (now or lately) or every
     * reader was busy.
     */
    public <T> Optional<T> read(String query, Supplier<Optional<T>> read) {
        if (outOfTime.getIfPresent(query) != null || !permits.tryAcquire()) {
            return Optional.empty();
        }
        try {
            Optional<T> found = read.get();
            if (found.isEmpty()) {
                outOfTime.put(query, Boolean.TRUE);
            }
            return found;
        } finally {
            permits.release();
        }
    }
}
