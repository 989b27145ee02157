package news.dateline;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profile with the scheduled jobs running (scheduled publishing, the stored documents' refresh). The default
 * test profile keeps them off, so that tests which count the statements a request makes count only its own; tests
 * there run a job's work by calling it.
 */
public class BackgroundJobs implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.scheduler.enabled", "true");
    }
}
