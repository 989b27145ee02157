package news.dateline;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The test profile of a locked-down service: every read needs a key ({@code dateline.public-read=false}), and webhooks
 * may not target private or local addresses (the production default, which the default test profile relaxes for its
 * receivers on the loopback). Both settings in one profile so that their tests (key/PrivateReadTest,
 * webhook/WebhookSsrfTest) share one boot: neither touches what the other's tests look at (WebhookSsrfTest calls with
 * the admin key, PrivateReadTest makes no webhook).
 */
public class LockedDown implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("dateline.public-read", "false",
                "dateline.webhooks.allow-private-targets", "false");
    }
}
