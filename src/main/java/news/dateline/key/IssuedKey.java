package news.dateline.key;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The answer to creating a key: the key as listed, and its secret, which is shown this once and never again. */
public record IssuedKey(UUID id, String name, Set<Scope> scopes, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt, String secret) {

    static IssuedKey of(KeyView key, String secret) {
        return new IssuedKey(key.id(), key.name(), key.scopes(), key.createdAt(), key.lastUsedAt(), key.revokedAt(),
                secret);
    }
}
