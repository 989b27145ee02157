package news.dateline.article;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The transaction of {@link ScheduledPublishing}: publishes the scheduled articles whose time has come by the injected
 * {@link Clock} (so that a test steps time instead of waiting for it), each taken by one instance only.
 */
@Singleton
class ScheduledPublishingService {

    private final ArticleRepository articles;
    private final ArticleWriteService writes;
    private final Clock clock;

    ScheduledPublishingService(ArticleRepository articles, ArticleWriteService writes, Clock clock) {
        this.articles = articles;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Publishes up to {@code limit} scheduled articles whose {@code publishAt} has passed, each as an editor's write
     * would; {@code publishedAt} is their {@code publishAt}.
     *
     * @return how many were published
     */
    @Transactional
    @ActivateRequestContext // runs off any request (the scheduler, a second instance in tests): Hibernate needs one
    int publishDue(int limit) {
        // At the precision the database keeps, as every write's time is (Timestamps).
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Article> due = articles.due(now, limit);
        writes.publishScheduled(due, now);
        return due.size();
    }
}
