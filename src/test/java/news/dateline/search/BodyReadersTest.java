package news.dateline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link BodyReaders} on its own: a query whose bodies ran out of time is not read again until its retry is due. */
class BodyReadersTest {

    @Test
    void aQueryThatRanOutOfTimeIsNotReadAgainUntilItsRetryIsDue() throws InterruptedException {
        BodyReaders readers = new BodyReaders(config(Duration.ofMillis(300)));
        AtomicInteger reads = new AtomicInteger();

        assertEquals(Optional.empty(), readers.read("'human' <-> 'right'", () -> {
            reads.incrementAndGet();
            return Optional.empty(); // what TimeBox gives when the statement was cancelled
        }));
        assertEquals(Optional.empty(), readers.read("'human' <-> 'right'", () -> {
            reads.incrementAndGet();
            return Optional.of(List.of("found"));
        }));
        assertEquals(1, reads.get(), "read again before its retry was due");

        assertEquals(Optional.of(List.of("other")), readers.read("'ukrain'", () -> Optional.of(List.of("other"))),
                "another query is read");

        Thread.sleep(600);
        assertEquals(Optional.of(List.of("found")), readers.read("'human' <-> 'right'", () -> {
            reads.incrementAndGet();
            return Optional.of(List.of("found"));
        }));
        assertEquals(2, reads.get());
    }

    @Test
    void aQueryThatFoundItsBodiesIsReadEveryTime() {
        BodyReaders readers = new BodyReaders(config(Duration.ofMinutes(1)));
        AtomicInteger reads = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertTrue(readers.read("'ukrain'", () -> Optional.of(reads.incrementAndGet())).isPresent());
        }
        assertEquals(3, reads.get());
    }

    private static SearchConfig config(Duration retry) {
        return new SearchConfig() {
            @Override
            public int candidates() {
                return 1000;
            }

            @Override
            public Duration bodyTimeout() {
                return Duration.ofMillis(40);
            }

            @Override
            public OptionalInt bodyReaders() {
                return OptionalInt.of(2);
            }

            @Override
            public Duration bodyRetry() {
                return retry;
            }

            @Override
            public int listHeads() {
                return 100;
            }
        };
    }
}
