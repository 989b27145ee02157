package news.dateline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
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
            proxy = TcpProxy.startedFor(url);
            String through = proxy.through(url);
            // Both names: the profile-specific one in application.properties would win over the plain one.
            return Map.of("quarkus.datasource.jdbc.url", through, "%test.quarkus.datasource.jdbc.url", through);
        }

        @Override
        public void stop() {
            TcpProxy.closeUnchecked(proxy);
            proxy = null;
        }
    }
}
