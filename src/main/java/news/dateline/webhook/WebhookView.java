package news.dateline.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as listed: never its secret. */
public record WebhookView(UUID id, String url, List<String> events, Instant createdAt) {

    static WebhookView of(WebhookSubscription subscription) {
        return new WebhookView(subscription.getId(), subscription.getUrl(), subscription.getEvents(),
                subscription.getCreatedAt());
    }
}
