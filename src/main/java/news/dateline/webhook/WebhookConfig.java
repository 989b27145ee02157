package news.dateline.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Signed webhooks ({@code DATELINE_WEBHOOKS_…}): settings of the webhook dispatcher and sender
 * (news.dateline.webhook.WebhookDispatcher, WebhookSender).
 */
@ConfigMapping(prefix = "dateline.webhooks")
public interface WebhookConfig {

    /** How often the change log is turned into deliveries, and due deliveries are sent. */
    @WithDefault("1s")
    Duration dispatchEvery();

    /** How long one delivery's POST may take, connecting included, before it counts as a failed attempt. */
    @WithDefault("5s")
    Duration timeout();

    /** The wait after a delivery's first failed attempt; it doubles after each further one (with a little jitter). */
    @WithDefault("10s")
    Duration backoffBase();

    /** The longest wait between two attempts, however many failed. */
    @WithDefault("1h")
    Duration backoffMax();

    /** Attempts after which a delivery that never got a 2xx is given up as failed. */
    @WithDefault("8")
    int maxAttempts();

    /** Change log rows one dispatch transaction reads, and deliveries one sender run claims and sends at once. */
    @WithDefault("50")
    int batchSize();

    /**
     * Whether targets may be private addresses (loopback, private networks, link-local and cloud metadata,
     * CGNAT…; {@code DATELINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS}). Off: such a target is refused when the
     * subscription is made and again before each send, so the service cannot be made to call into its own network.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();
}
