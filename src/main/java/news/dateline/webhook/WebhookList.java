package news.dateline.webhook;

import java.util.List;

/** The body of {@code GET /api/v1/webhooks}. */
public record WebhookList(List<WebhookView> items) {
}
