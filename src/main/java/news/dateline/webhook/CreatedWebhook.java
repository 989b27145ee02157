package news.dateline.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to making a subscription: as listed, and its signing secret, shown this once and never again. */
public record CreatedWebhook(UUID id, String url, List<String> events, Instant createdAt, String secret) {

    static CreatedWebhook of(WebhookSubscription subscription) {
        return new CreatedWebhook(subscription.getId(), subscription.getUrl(), subscription.getEvents(),
                subscription.getCreatedAt(), subscription.getSecret());
    }
}
