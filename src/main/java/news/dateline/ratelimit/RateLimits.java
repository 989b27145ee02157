package news.dateline.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The token buckets (Bucket4j) of every client this instance has heard from, one per quota. Each allowance refills
 * evenly over the period, and a client may spend all of it at once. Buckets are kept in memory, at most
 * {@link #MOST_CLIENTS} per quota and forgotten after a quiet period, so a flood of addresses or made-up keys cannot
 * grow the heap; a forgotten client starts again with a full allowance, as it would have had by then anyway.
 */
@ApplicationScoped
class RateLimits {

    private static final long MOST_CLIENTS = 100_000;

    private final Map<Quota, Long> allowances = new EnumMap<>(Quota.class);
    private final Map<Quota, Cache<String, Bucket>> buckets = new EnumMap<>(Quota.class);
    private final Duration period;

    RateLimits(RateLimitConfig limits) {
        this.period = limits.period();
        allowances.put(Quota.READS, limits.reads());
        allowances.put(Quota.WRITES, limits.writes());
        allowances.put(Quota.FAILED_AUTHENTICATIONS, limits.failedAuthentications());
        for (Quota quota : Quota.values()) {
            // A bucket is full again one period after its last use: forgetting it then changes nothing.
            buckets.put(quota, Caffeine.newBuilder().maximumSize(MOST_CLIENTS).expireAfterAccess(period).build());
        }
    }

    /** How many requests of this kind a client may make per period. */
    long allowance(Quota quota) {
        return allowances.get(quota);
    }

    /** Spends one request of the client's allowance, if it has one left. */
    ConsumptionProbe spend(Quota quota, String client) {
        return bucket(quota, client).tryConsumeAndReturnRemaining(1);
    }

    /** Whether the client could spend one now, spending nothing. */
    EstimationProbe peek(Quota quota, String client) {
        return bucket(quota, client).estimateAbilityToConsume(1);
    }

    private Bucket bucket(Quota quota, String client) {
        long allowance = allowances.get(quota);
        return buckets.get(quota).get(client, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillGreedy(allowance, period))
                .build());
    }
}
