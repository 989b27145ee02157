package news.dateline.purge;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The test profile with both caching tiers configured: a real Varnish ({@link VarnishServer}) and a Fastly stand-in
 * ({@link FastlyStub}), on ports chosen once per test run.
 */
public class CachingTiers implements QuarkusTestProfile {

    static final String FASTLY_SERVICE = "SU1Z0isxPaozGVKXdv0eY";
    static final String FASTLY_TOKEN = "test-fastly-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dateline.purge.varnish-urls", "http://127.0.0.1:" + varnishPort(),
                "dateline.purge.fastly.service-id", FASTLY_SERVICE,
                "dateline.purge.fastly.token", FASTLY_TOKEN,
                "dateline.purge.fastly.api-url", "http://127.0.0.1:" + fastlyPort());
    }

    static int varnishPort() {
        return port("purge-test.varnish-port");
    }

    static int fastlyPort() {
        return port("purge-test.fastly-port");
    }

    /**
     * A free port, the same for the whole JVM: this class is loaded both by the test runner and by Quarkus, and a
     * system property is the one thing the two copies share.
     */
    private static int port(String property) {
        synchronized (System.getProperties()) {
            String chosen = System.getProperty(property);
            if (chosen == null) {
                try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                    chosen = String.valueOf(socket.getLocalPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(property, chosen);
            }
            return Integer.parseInt(chosen);
        }
    }
}
