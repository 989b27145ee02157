package news.dateline.demo;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import news.dateline.Api;

/**
 * The application as {@code ./mvnw quarkus:dev} runs it: the {@code dev} configuration profile, so the embedded H2
 * database, its Flyway locations, the H2 search and the demo seed, all chosen as dev mode chooses them (a test profile
 * re-augments the application, so build-time settings such as the datasource's kind follow the profile). Two settings
 * differ: the database lives in memory under a name of its own, with the dev URL's options read from
 * application.properties (a developer's {@code target/devdb} stays untouched, and the options cannot drift), and the
 * admin key is the test suite's.
 */
public class DevModeH2 implements QuarkusTestProfile {

    private static final String DEV_URL = "%dev.quarkus.datasource.jdbc.url";

    @Override
    public String getConfigProfile() {
        return "dev";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String url = devProperties().getProperty(DEV_URL);
        if (url == null || !url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException(DEV_URL + " is no longer an H2 URL: " + url);
        }
        String options = url.indexOf(';') < 0 ? "" : url.substring(url.indexOf(';'));
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:devmode-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                        + options,
                "dateline.admin-key", Api.KEY);
    }

    private static Properties devProperties() {
        Properties properties = new Properties();
        try (InputStream in = DevModeH2.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
