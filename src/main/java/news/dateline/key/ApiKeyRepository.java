package news.dateline.key;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over API keys. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    /** The key whose secret has this digest, revoked or not (through the unique index on the digest). */
    Optional<ApiKey> findByDigest(String secretSha256) {
        return find("secretSha256", secretSha256).firstResultOptional();
    }

    /**
     * Every key, newest first. Not paged: keys are made by hand by an admin, a handful per service, and only an
     * admin may list them.
     */
    List<ApiKey> newestFirst() {
        return listAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending));
    }

    /** Notes a use, unless another instance noted one within the interval: at most one write per key per interval. */
    void noteUse(UUID id, Instant now, Instant notBefore) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, notBefore);
    }
}
