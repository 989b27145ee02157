package news.dateline.key;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/** Making, listing and revoking API keys, and finding the live key a request presents. */
@Singleton
public class KeyService {

    private final ApiKeyRepository keys;
    private final Event<KeyRevoked> revocations;
    private final Clock clock;

    KeyService(ApiKeyRepository keys, Event<KeyRevoked> revocations, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** A new key; its secret is in the answer and nowhere else (only its digest is stored). */
    @Transactional
    public IssuedKey create(NewKey input) {
        String secret = Secrets.generate();
        ApiKey key = new ApiKey(input.name().strip(), EnumSet.copyOf(input.scopes()), Secrets.digest(secret), now());
        keys.persist(key);
        return IssuedKey.of(KeyView.of(key), secret);
    }

    @Transactional
    public List<KeyView> list() {
        return keys.newestFirst().stream().map(KeyView::of).toList();
    }

    @Transactional
    public KeyView get(String id) {
        return KeyView.of(find(id));
    }

    /** Revokes a key for good; revoking it again changes nothing. */
    @Transactional
    public void revoke(String id) {
        ApiKey key = find(id);
        key.revoke(now());
        revocations.fire(new KeyRevoked(key.getSecretSha256()));
    }

    /** The key, not revoked, whose secret has this digest. */
    @Transactional
    Optional<KnownKeys.Grant> live(String secretSha256) {
        return keys.findByDigest(secretSha256)
                .filter(key -> key.getRevokedAt() == null)
                .map(key -> new KnownKeys.Grant(key.getId(), key.getName(), Scope.rolesOf(key.getScopes()),
                        key.getLastUsedAt()));
    }

    /** Notes that a key was used now, unless it was noted after {@code notBefore} (by this or another instance). */
    @Transactional
    void noteUse(UUID id, Instant now, Instant notBefore) {
        keys.noteUse(id, now, notBefore);
    }

    /**
     * The injected clock's time at the precision the database keeps (so an answer built before a re-read matches it):
     * what every time-based rule about keys reads.
     */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ApiKey find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw noSuchKey(id);
        }
        return keys.findByIdOptional(uuid).orElseThrow(() -> noSuchKey(id));
    }

    private static ProblemException noSuchKey(String id) {
        return new ProblemException(ProblemKind.NOT_FOUND, "No API key with id '" + id + "'");
    }
}
