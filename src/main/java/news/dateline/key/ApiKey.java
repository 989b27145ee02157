package news.dateline.key;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** An API key made through the API: its name, scopes and the SHA-256 digest of its secret, never the secret. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String name;
    private String scopes;
    private String secretSha256;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, Set<Scope> scopes, String secretSha256, Instant now) {
        this.name = name;
        this.scopes = Scope.join(scopes);
        this.secretSha256 = secretSha256;
        this.createdAt = now;
    }

    /** Revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Scope> getScopes() {
        return Scope.parse(scopes);
    }

    public String getSecretSha256() {
        return secretSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
