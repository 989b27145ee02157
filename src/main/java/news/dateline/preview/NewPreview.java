package news.dateline.preview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * The body of {@code POST /api/v1/articles/{ref}/previews}. The bounds are the contract's, not settings: a link that
 * outlives a week is a leak waiting to happen, one shorter than a minute cannot be passed on.
 *
 * @param ttlSeconds how long the link works, from now: 60 seconds to 7 days, a day when left out
 * @param revision   the revision to show; left out, the article as it stands whenever the link is read
 */
public record NewPreview(
        @Min(MIN_TTL_SECONDS) @Max(MAX_TTL_SECONDS) Integer ttlSeconds,
        @Min(0) Long revision) {

    static final long MIN_TTL_SECONDS = 60;
    static final long MAX_TTL_SECONDS = 7 * 24 * 3600;
    static final Duration DEFAULT_TTL = Duration.ofDays(1);

    Duration ttl() {
        return ttlSeconds == null ? DEFAULT_TTL : Duration.ofSeconds(ttlSeconds);
    }
}
