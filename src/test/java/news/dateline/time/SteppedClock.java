package news.dateline.time;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clock every test's application reads: the system's, moved on by whatever the tests have stepped it. A test that
 * needs a minute to pass calls {@link #step} instead of sleeping; time never goes back, so tests that share the
 * application see a clock that only runs ahead of the system's.
 */
@Singleton
public class SteppedClock extends Clock {

    private final AtomicLong aheadNanos = new AtomicLong();

    /** Moves time on by {@code duration}, at once, for everything that reads this clock. */
    public void step(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + duration);
        }
        aheadNanos.addAndGet(duration.toNanos());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusNanos(aheadNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), Duration.ofNanos(aheadNanos.get()));
    }
}
