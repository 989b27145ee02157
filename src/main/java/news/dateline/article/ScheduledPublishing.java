package news.dateline.article;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/**
 * Publishes scheduled articles when their {@code publishAt} comes, checking every
 * {@code dateline.publishing.check-every}: the schedule lives in the database, so it survives restarts, and each
 * article is taken by one instance only (row locks, {@code SKIP LOCKED}).
 */
@ActivateRequestContext // off any request: Hibernate needs a request context to choose its database
@ApplicationScoped
class ScheduledPublishing {

    /** Articles one transaction publishes; a busier minute takes several. */
    static final int BATCH = 100;

    private final ScheduledPublishingService publishing;

    ScheduledPublishing(ScheduledPublishingService publishing) {
        this.publishing = publishing;
    }

    @Scheduled(every = "${dateline.publishing.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        while (publishing.publishDue(BATCH) == BATCH) {
            // more were due than one batch holds
        }
    }
}
