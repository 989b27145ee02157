package news.dateline.replica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * A PostgreSQL streaming replica for public reads ({@code DATELINE_READ_REPLICA_…}), news.dateline.replica.
 * Where anonymous GETs may read: a hot standby of the primary. Requests with a key, writes and background work
 * always use the primary; so do public reads while the replica is down, lags more than {@code maxLag}, or has not
 * yet applied a change this instance has heard of (so nothing this instance caches or a tier refetches after a
 * purge is older than what it was told).
 */
@ConfigMapping(prefix = "dateline.read-replica")
public interface ReadReplicaConfig {

    /**
     * Its JDBC URL ({@code DATELINE_READ_REPLICA_URL}, e.g. {@code jdbc:postgresql://replica-1:5432/dateline});
     * absent: every read goes to the primary. Credentials are the primary's unless
     * {@code QUARKUS_DATASOURCE_REPLICA_USERNAME} and {@code _PASSWORD} are set.
     */
    Optional<String> url();

    /** The most the replica may lag behind the primary and still serve reads. */
    @WithDefault("5s")
    Duration maxLag();

    /** How often the replica's lag and health are measured. */
    @WithDefault("250ms")
    Duration checkEvery();
}
