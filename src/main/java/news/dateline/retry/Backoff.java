package news.dateline.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The retry policy of work that fails while something else is down (a webhook delivery, a purge at a caching tier,
 * the response cache's connection for change notifications): the base wait after the first failure, doubling after
 * each further one, at most the maximum, plus up to a tenth more at random, so that attempts that failed together (a
 * receiver or a database that was down) do not all come back at the same instant.
 */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public static Duration after(int failures, Duration base, Duration max) {
        Duration wait = base;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        long jitterNanos = (long) (wait.toNanos() * 0.1 * ThreadLocalRandom.current().nextDouble());
        wait = wait.plusNanos(jitterNanos);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
