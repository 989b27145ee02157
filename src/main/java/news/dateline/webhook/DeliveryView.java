package news.dateline.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery in a subscription's log: never its payload's secret-derived signature, nor the target's answer body.
 *
 * @param id        the delivery's id, also its payload's {@code id} and its {@code webhook-id} header
 * @param status    pending (due at {@code nextAttemptAt}), delivered (a 2xx came back) or failed (given up)
 * @param lastError why the last attempt failed, in a few words; null after a success or before any attempt
 */
public record DeliveryView(UUID id, String eventType, String status, int attempts, Integer lastStatusCode,
        String lastError, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt) {
}
