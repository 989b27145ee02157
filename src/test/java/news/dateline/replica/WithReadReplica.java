package news.dateline.replica;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import news.dateline.TcpProxy;
import org.flywaydb.core.Flyway;

/**
 * The test profile with a read replica: a schema of its own in the test database ({@value #SCHEMA}), migrated like the
 * primary's before Quarkus boots and reached through a {@link TcpProxy} that a test can cut. Unlike a streaming
 * standby it follows the primary only as far as a test copies: so a test decides what the replica has, and whether it
 * answers. Its lag is measured only when a test asks ({@code ReadReplica.check()}), besides once at start.
 */
public class WithReadReplica implements QuarkusTestProfile {

    static final String SCHEMA = "dateline_replica";

    /** The proxy of the running profile (one Quarkus application at a time). */
    static volatile TcpProxy proxy;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Replica.class));
    }

    /** The database URL the tests use, without the proxy. */
    static String directUrl() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    /** A JDBC URL of the test database that works in the replica's schema. */
    static String withSchema(String jdbcUrl) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    static String user() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "");
    }

    /** Migrates the replica's schema afresh, starts the proxy and points the replica's datasource at it. */
    public static class Replica implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Flyway flyway = Flyway.configure().dataSource(directUrl(), user(), password()).schemas(SCHEMA)
                    .defaultSchema(SCHEMA).locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            proxy = TcpProxy.startedFor(directUrl());
            return Map.of("dateline.read-replica.url", withSchema(proxy.through(directUrl())),
                    "dateline.read-replica.check-every", "1h");
        }

        @Override
        public void stop() {
            TcpProxy.closeUnchecked(proxy);
            proxy = null;
        }
    }
}
