package news.dateline.web;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of results from a service, with the total they were cut from and when the newest of them changed. */
public record Listing<T>(List<T> items, long total, Instant lastModified) {

    public static <T> Listing<T> of(List<T> items, long total, Function<T, Instant> updatedAt) {
        Instant newest = items.stream().map(updatedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new Listing<>(items, total, newest);
    }
}
