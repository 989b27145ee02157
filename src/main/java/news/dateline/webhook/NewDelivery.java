package news.dateline.webhook;

import java.util.UUID;

/** A delivery the dispatcher queues: for which subscription and change, the event and its rendered payload. */
record NewDelivery(UUID id, UUID subscriptionId, long seq, String eventType, String payload) {
}
