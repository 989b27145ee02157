package news.dateline.webhook;

import java.util.List;

/**
 * A page of a subscription's deliveries, newest first.
 *
 * @param next the {@code cursor} for the next (older) page; null on the last one
 */
public record DeliveryPage(List<DeliveryView> items, String next) {
}
