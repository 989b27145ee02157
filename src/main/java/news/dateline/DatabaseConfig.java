package news.dateline;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The database every feature shares ({@code DATELINE_DB_…}): read by the connection pools' settings in
 * application.properties, not by any one feature, so it belongs to none of them.
 */
// Read only through ${…} expressions: Quarkus drops a mapping no bean injects, with its defaults, unless told not to.
@Unremovable
@ConfigMapping(prefix = "dateline.db")
public interface DatabaseConfig {

    /**
     * The longest one SQL statement may run ({@code DATELINE_DB_STATEMENT_TIMEOUT}), in PostgreSQL's units
     * ({@code 5s}, {@code 500ms}); PostgreSQL cancels it after that and the request is a 503 with Retry-After.
     * Applied to every connection of the pool as a session setting (see application.properties).
     */
    @WithDefault("5s")
    String statementTimeout();
}
