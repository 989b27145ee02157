package news.dateline.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Timestamps;
import news.dateline.changelog.ChangeLogReader;
import news.dateline.changelog.LoggedChange;
import news.dateline.current.CurrentJson;
import news.dateline.web.Json;

/**
 * Turns the change log into deliveries, every {@code dateline.webhooks.dispatch-every}: each change readers could
 * see becomes an event, and each subscription made before it that asks for that event gets a delivery, its payload
 * rendered now. One instance at a time (the cursor's row lock, {@code SKIP LOCKED}); the deliveries and the moved
 * cursor commit together, so a crash loses no change and none is queued twice.
 */
@ActivateRequestContext // off any request: Hibernate needs a request context to choose its database
@Singleton
class WebhookDispatcher {

    private final Deliveries deliveries;
    private final ChangeLogReader log;
    private final WebhookSubscriptionRepository subscriptions;
    private final CurrentJson current;
    private final ObjectMapper mapper;
    private final WebhookConfig config;

    WebhookDispatcher(Deliveries deliveries, ChangeLogReader log, WebhookSubscriptionRepository subscriptions,
            CurrentJson current, ObjectMapper mapper, WebhookConfig config) {
        this.deliveries = deliveries;
        this.log = log;
        this.subscriptions = subscriptions;
        this.current = current;
        this.mapper = mapper;
        this.config = config;
    }

    /** Dispatches a batch per transaction until the log is read to its end or the run has taken long enough. */
    @Scheduled(every = "${dateline.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        Instant until = Instant.now().plus(config.dispatchEvery());
        while (dispatchBatch() == config.batchSize() && Instant.now().isBefore(until)) {
            // more changes than one batch holds
        }
    }

    /** One batch in one transaction; the number of changes it read (0 when another instance holds the cursor). */
    int dispatchBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OptionalLong locked = deliveries.lockCursor(false);
            if (locked.isEmpty()) {
                return 0;
            }
            long cursor = locked.getAsLong();
            // Read after the cursor's lock: making or deleting a subscription takes it too, so this list is current.
            List<WebhookSubscription> all = subscriptions.listAll();
            long until = Math.max(cursor, log.last());
            if (all.isEmpty()) { // nothing to deliver to: what happened so far concerns no future subscription
                moveCursor(cursor, until);
                return 0;
            }
            long oldest = all.stream().mapToLong(WebhookSubscription::getAfterSeq).min().orElseThrow();
            List<LoggedChange> changes = log.between(Math.max(cursor, oldest), until, config.batchSize(),
                    Visibility.PUBLIC);
            Instant now = Timestamps.now();
            deliveries.insert(deliveriesFor(changes, all), now);
            boolean full = changes.size() == config.batchSize();
            moveCursor(cursor, full ? changes.get(changes.size() - 1).seq() : until);
            return changes.size();
        });
    }

    private void moveCursor(long from, long to) {
        if (to > from) {
            deliveries.moveCursor(to);
        }
    }

    private List<NewDelivery> deliveriesFor(List<LoggedChange> changes, List<WebhookSubscription> all) {
        Map<LoggedChange, List<String>> events = new HashMap<>();
        changes.forEach(change -> events.put(change, EventTypes.of(change)));
        // The events of one change all show the resource, or none does (deleted, unpublished).
        Map<String, String> json = current.of(changes.stream()
                .filter(change -> events.get(change).stream().anyMatch(EventTypes::showsResource))
                .toList(), Visibility.PUBLIC);
        List<NewDelivery> queued = new ArrayList<>();
        for (LoggedChange change : changes) {
            for (WebhookSubscription subscription : all) {
                Optional<String> event = events.get(change).stream()
                        .filter(candidate -> EventTypes.matches(subscription.getEvents(), candidate)).findFirst();
                if (subscription.getAfterSeq() < change.seq() && event.isPresent()) {
                    String object = EventTypes.showsResource(event.get()) ? json.get(change.surrogateKey()) : null;
                    UUID id = UUID.randomUUID();
                    queued.add(new NewDelivery(id, subscription.getId(), change.seq(), event.get(),
                            Json.string(mapper, new WebhookPayload(id, event.get(), change.changedAt(),
                                    new WebhookPayload.Data(change.kind(), change.id(), change.slug(), object)))));
                }
            }
        }
        return queued;
    }
}
