package news.dateline.key;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the stored keys were a moment ago, by digest, so that a keyed request does not cost a database lookup each
 * time. A revocation committed on this instance drops its key at once; one committed on another instance is seen
 * within {@link #FOR}, when the entry is looked up again. Unknown digests are remembered too (a new key's random
 * secret cannot have been presented before it existed), so a client retrying a wrong key does not query each time.
 * Entries age by the injected {@link Clock}, so a test steps past {@link #FOR} instead of waiting for it.
 */
@ApplicationScoped
class KnownKeys {

    /** How long a lookup is trusted: the longest another instance accepts a key after it was revoked. */
    static final Duration FOR = Duration.ofSeconds(10);
    /** Uses of a key are written at most this often, so that a busy key does not write on every request. */
    static final Duration NOTE_USE_EVERY = Duration.ofMinutes(1);

    /** A live key: its id and name, the roles its scopes grant, and when its use was last written. */
    static final class Grant {

        final UUID id;
        final String name;
        final Set<String> roles;
        private final AtomicReference<Instant> noted;

        Grant(UUID id, String name, Set<String> roles, Instant lastUsedAt) {
            this.id = id;
            this.name = name;
            this.roles = roles;
            this.noted = new AtomicReference<>(lastUsedAt);
        }

        /** Whether this use is to be written: true once per interval, for one caller (the one that wins the swap). */
        boolean claimNote(Instant now) {
            Instant last = noted.get();
            return (last == null || last.isBefore(now.minus(NOTE_USE_EVERY))) && noted.compareAndSet(last, now);
        }
    }

    private final Cache<String, Optional<Grant>> byDigest;
    private final AtomicLong revocations = new AtomicLong();

    KnownKeys(Clock clock) {
        this.byDigest = Caffeine.newBuilder()
                .expireAfterWrite(FOR)
                .ticker(ticker(clock))
                .maximumSize(10_000)
                .build();
    }

    /** The clock's time as Caffeine reads it: nanoseconds, from any fixed origin (here the epoch). */
    private static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }

    /** The cached answer for this digest, or null when it has to be looked up. */
    Optional<Grant> cached(String secretSha256) {
        return byDigest.getIfPresent(secretSha256);
    }

    /** Taken before a lookup reads the database; handed back to {@link #remember}. */
    long generation() {
        return revocations.get();
    }

    /**
     * Keeps a lookup's answer, unless a revocation committed after the lookup began: the answer may predate it, and
     * kept, it would let the revoked key in until it expired.
     */
    void remember(String secretSha256, Optional<Grant> grant, long readAt) {
        if (revocations.get() != readAt) {
            return;
        }
        byDigest.put(secretSha256, grant);
        if (revocations.get() != readAt) { // a revocation between the check and the put
            byDigest.invalidate(secretSha256);
        }
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeyRevoked revocation) {
        revocations.incrementAndGet();
        byDigest.invalidate(revocation.secretSha256());
    }
}
