package news.dateline.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The clock that time-based rules read (scheduled publishing, how long a key lookup is kept), injected rather than
 * read from {@code Instant.now()} so that a test can step time instead of waiting for it. Tests replace it with their
 * own bean of type {@link Clock}, which wins over this default.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock system() {
        return Clock.systemUTC();
    }
}
