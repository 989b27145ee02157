package news.dateline.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between tries of a webhook delivery or a purge. */
class BackoffTest {

    @Test
    void backoffDoublesWithALittleJitterUpToItsCeiling() {
        Duration base = Duration.ofSeconds(10);
        Duration max = Duration.ofHours(1);
        for (int failures = 1; failures <= 8; failures++) {
            Duration expected = base.multipliedBy(1L << (failures - 1));
            Duration wait = Backoff.after(failures, base, max);
            assertTrue(wait.compareTo(expected) >= 0 && wait.compareTo(expected.multipliedBy(11).dividedBy(10)) <= 0,
                    failures + " failures: " + wait);
        }
        assertEquals(max, Backoff.after(30, base, max));
        assertEquals(max, Backoff.after(10_000, base, max));
    }
}
