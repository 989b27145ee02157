package news.dateline.key;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A key as listed: never its secret nor the secret's digest. */
public record KeyView(UUID id, String name, Set<Scope> scopes, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt) {

    static KeyView of(ApiKey key) {
        return new KeyView(key.getId(), key.getName(), new TreeSet<>(key.getScopes()), key.getCreatedAt(),
                key.getLastUsedAt(), key.getRevokedAt());
    }
}
