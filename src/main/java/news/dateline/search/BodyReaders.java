package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * How many public searches may read the articles' bodies at once ({@code dateline.search.body-readers}, by default
 * as many as there are processors). Reading bodies is the costly second stage of a search; past that many, a search
 * answers from the heads at once instead of queueing for the processors, so that 32 readers of a common phrase get
 * quick, marked-incomplete answers rather than slow complete ones (bench/SCALE-1M.md).
 */
@ApplicationScoped
class BodyReaders {

    private final Semaphore permits;

    BodyReaders(SearchConfig config) {
        this.permits = new Semaphore(config.bodyReaders().orElse(Runtime.getRuntime().availableProcessors()));
    }

    /** What {@code read} found, or empty when it found nothing in time or every reader was busy. */
    <T> Optional<T> read(Supplier<Optional<T>> read) {
        if (!permits.tryAcquire()) {
            return Optional.empty();
        }
        try {
            return read.get();
        } finally {
            permits.release();
        }
    }
}
