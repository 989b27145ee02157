package news.dateline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The test profile whose datasource reaches PostgreSQL through a {@link TcpProxy}, started before Quarkus boots, so
 * that a test can cut the database off and bring it back. Same database as the other tests
 * ({@code QUARKUS_DATASOURCE_JDBC_URL}, default {@code test}).
 */
public class ThroughProxy implements QuarkusTestProfile {

    /** The proxy of the running profile (one Quarkus application at a time). */
    static volatile TcpProxy proxy;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Proxy.class));
    }

    /** Starts the proxy and points the datasource at it. */
    public static class Proxy implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL",
                    "jdbc:postgresql://127.0.0.1:5432/test");
            URI database = URI.create(url.substring("jdbc:".length()));
            TcpProxy started = new TcpProxy(database.getHost(), database.getPort() < 0 ? 5432 : database.getPort());
            try {
                int port = started.start();
                proxy = started;
                String through = "jdbc:postgresql://127.0.0.1:" + port + database.getRawPath()
                        + (database.getRawQuery() == null ? "" : "?" + database.getRawQuery());
                // Both names: the profile-specific one in application.properties would win over the plain one.
                return Map.of("quarkus.datasource.jdbc.url", through, "%test.quarkus.datasource.jdbc.url", through);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            try {
                if (proxy != null) {
                    proxy.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                proxy = null;
            }
        }
    }
}
