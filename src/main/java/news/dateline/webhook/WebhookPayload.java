package news.dateline.webhook;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import news.dateline.catalogue.ResourceKind;

/**
 * The JSON body of a delivery.
 *
 * @param id        the delivery's id (also {@code webhook-id}): the same on every attempt, so receivers dedupe by it
 * @param type      the event, {@code article.published}…
 * @param createdAt when the change was committed
 */
record WebhookPayload(UUID id, String type, Instant createdAt, Data data) {

    /**
     * What the event is about.
     *
     * @param type   what the resource is: "article", "tag" or "person"
     * @param slug   its slug when the change was made
     * @param object its public representation when the event was dispatched (what {@code GET} gave a reader then);
     *               null when it was deleted or unpublished, or is no longer public
     */
    record Data(ResourceKind type, UUID id, String slug, @JsonRawValue String object) {
    }
}
