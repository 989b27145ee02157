package news.dateline.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery a sender has claimed: what to send where, signed with what, and the lease it holds (the delivery's
 * next attempt time while it is being sent), which its outcome must still match to be recorded.
 */
record ClaimedDelivery(UUID id, String url, String secret, String payload, int attempts, Instant lease) {
}
