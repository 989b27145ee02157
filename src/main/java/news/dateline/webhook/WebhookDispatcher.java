package news.dateline.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import news.dateline.article.ArticleService;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Timestamps;
import news.dateline.changelog.ChangeRow;
import news.dateline.changelog.PublicChanges;
import news.dateline.person.PersonService;
import news.dateline.tag.TagService;

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
    private final PublicChanges log;
    private final WebhookSubscriptionRepository subscriptions;
    private final ArticleService articles;
    private final TagService tags;
    private final PersonService people;
    private final ObjectMapper mapper;
    private final WebhookConfig config;

    WebhookDispatcher(Deliveries deliveries, PublicChanges log, WebhookSubscriptionRepository subscriptions,
            ArticleService articles, TagService tags, PersonService people, ObjectMapper mapper, WebhookConfig config) {
        this.deliveries = deliveries;
        this.log = log;
        this.subscriptions = subscriptions;
        this.articles = articles;
        this.tags = tags;
        this.people = people;
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
            List<ChangeRow> changes = log.between(Math.max(cursor, oldest), until, config.batchSize());
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

    private List<NewDelivery> deliveriesFor(List<ChangeRow> changes, List<WebhookSubscription> all) {
        Map<ChangeRow, String> events = new HashMap<>();
        for (ChangeRow change : changes) {
            EventTypes.of(change.resource(), change.action(), change.wasPublic(), change.isPublic())
                    .ifPresent(event -> events.put(change, event));
        }
        Map<String, String> current = render(events);
        List<NewDelivery> queued = new ArrayList<>();
        for (ChangeRow change : changes) {
            String event = events.get(change);
            if (event == null) {
                continue;
            }
            String object = EventTypes.showsResource(event) ? current.get(key(change.resource(), change.id())) : null;
            for (WebhookSubscription subscription : all) {
                if (subscription.getAfterSeq() < change.seq() && EventTypes.matches(subscription.getEvents(), event)) {
                    UUID id = UUID.randomUUID();
                    queued.add(new NewDelivery(id, subscription.getId(), change.seq(), event, json(new WebhookPayload(
                            id, event, change.changedAt(),
                            new WebhookPayload.Data(change.resource(), change.id(), change.slug(), object)))));
                }
            }
        }
        return queued;
    }

    /** The public JSON of what the events show, by resource and id; articles in one go. */
    private Map<String, String> render(Map<ChangeRow, String> events) {
        List<UUID> articleIds = new ArrayList<>();
        Map<String, String> json = new HashMap<>();
        events.forEach((change, event) -> {
            if (!EventTypes.showsResource(event)) {
                return;
            }
            switch (change.resource()) {
                case "article" -> articleIds.add(change.id());
                case "tag" -> put(json, change, tags.byId(change.id()));
                case "person" -> put(json, change, people.byId(change.id()));
                default -> throw new IllegalStateException("unknown resource in the change log: " + change.resource());
            }
        });
        articles.currentJson(articleIds.stream().distinct().toList(), Visibility.PUBLIC)
                .forEach((id, article) -> json.put(key("article", id), article));
        return json;
    }

    private void put(Map<String, String> json, ChangeRow change, Optional<?> view) {
        view.ifPresent(found -> json.put(key(change.resource(), change.id()), json(found)));
    }

    private static String key(String resource, UUID id) {
        return resource + ':' + id;
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload could not be written as JSON", e);
        }
    }
}
