package news.dateline.webhook;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import news.dateline.catalogue.Timestamps;
import news.dateline.changelog.ChangeLogReader;
import news.dateline.web.input.Refs;
import news.dateline.web.paging.Cursor;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/** Making, listing and deleting webhook subscriptions, and reading their deliveries. */
@Singleton
public class WebhookService {

    private final WebhookSubscriptionRepository subscriptions;
    private final Deliveries deliveries;
    private final ChangeLogReader log;
    private final boolean allowPrivateTargets;

    WebhookService(WebhookSubscriptionRepository subscriptions, Deliveries deliveries, ChangeLogReader log,
            WebhookConfig config) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.log = log;
        this.allowPrivateTargets = config.allowPrivateTargets();
    }

    /**
     * A new subscription, which gets every matching change committed after this moment. Its secret is in the answer
     * and in no other. Waits for a dispatch batch in progress (the cursor's lock), so that no batch sees a change
     * after this position without seeing this subscription.
     */
    @Transactional
    public CreatedWebhook create(NewWebhook input) {
        List<FieldError> errors = new ArrayList<>();
        TargetGuard.refusal(input.url(), allowPrivateTargets)
                .ifPresent(why -> errors.add(new FieldError("url", why)));
        if (input.secret() != null && WebhookSecrets.keyOf(input.secret()).isEmpty()) {
            errors.add(new FieldError("secret", WebhookSecrets.MESSAGE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String secret = input.secret() != null ? input.secret() : WebhookSecrets.generate();
        deliveries.lockCursor(true);
        WebhookSubscription subscription = new WebhookSubscription(input.url(), List.copyOf(new TreeSet<>(input.events())),
                secret, log.last(), Timestamps.now());
        subscriptions.persist(subscription);
        return CreatedWebhook.of(subscription);
    }

    @Transactional
    public List<WebhookView> list() {
        return subscriptions.newestFirst().stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(String id) {
        return WebhookView.of(find(id));
    }

    /** Deletes a subscription and its deliveries; a delivery being sent at that moment may still arrive. */
    @Transactional
    public void delete(String id) {
        WebhookSubscription subscription = find(id);
        deliveries.lockCursor(true); // no dispatch batch queues for it while it goes
        subscriptions.delete(subscription);
    }

    /**
     * A page of a subscription's deliveries, newest first.
     *
     * @param cursor the {@code next} of the previous page, or null for the newest
     */
    @Transactional
    public DeliveryPage deliveries(String id, String cursor, int limit) {
        WebhookSubscription subscription = find(id);
        String scope = "webhook-deliveries:" + subscription.getId();
        Long before = null;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, scope);
            try {
                before = Long.parseLong(position.key());
            } catch (NumberFormatException e) {
                throw ProblemException.badParameter("cursor", "is not a cursor issued by this API");
            }
        }
        List<Deliveries.PagedDelivery> rows = deliveries.page(subscription.getId(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<Deliveries.PagedDelivery> page = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Deliveries.PagedDelivery last = page.get(page.size() - 1);
            next = Cursor.after(Long.toString(last.seq()), last.view().id(), scope).encode();
        }
        return new DeliveryPage(page.stream().map(Deliveries.PagedDelivery::view).toList(), next);
    }

    private WebhookSubscription find(String id) {
        return Refs.asId(id).flatMap(subscriptions::findByIdOptional)
                .orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND, "No webhook with id '" + id + "'"));
    }
}
