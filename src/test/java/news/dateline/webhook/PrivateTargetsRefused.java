package news.dateline.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The test profile with the production default: webhook targets on private or local addresses are refused. */
public class PrivateTargetsRefused implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dateline.webhooks.allow-private-targets", "false");
    }
}
