package news.dateline.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries over webhook subscriptions. */
@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /**
     * Every subscription, newest first. Not paged: subscriptions are made by hand by an admin, a handful per service,
     * and the dispatcher matches each change against all of them.
     */
    List<WebhookSubscription> newestFirst() {
        return listAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending));
    }
}
