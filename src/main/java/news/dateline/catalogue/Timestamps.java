package news.dateline.catalogue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time at the precision the database keeps, so a response built before a re-read matches it. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
