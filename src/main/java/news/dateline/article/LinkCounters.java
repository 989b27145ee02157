package news.dateline.article;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Locks the published-article counters of tags and people (tag_stats, person_stats, kept by the triggers of
 * migration V6) that an article write is about to change, in id order, before it changes them.
 *
 * <p>The triggers take those row locks link by link, in the order each writer's links happen to be written: two
 * writers of different articles sharing two tags in opposite orders deadlocked, and PostgreSQL aborted one of them.
 * Taken up front in one order, after the article's own row lock, the same locks only queue. On the embedded dev
 * database the counters are views and there is nothing to lock.
 */
@Singleton
class LinkCounters {

    private final AgroalDataSource dataSource;
    private final boolean enabled;

    LinkCounters(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.enabled = dbKind.startsWith("postgresql");
    }

    /** Locks, until the transaction ends, the counters of these tags and people (those linked before and after). */
    void lock(Collection<UUID> tags, Collection<UUID> people) {
        if (!enabled) {
            return;
        }
        lock("select tag_id from tag_stats where tag_id = any (?) order by tag_id for update", tags);
        lock("select person_id from person_stats where person_id = any (?) order by person_id for update", people);
    }

    /** Locks the counters of the tags and people an article links now: those its publication or removal changes. */
    void lockLinksOf(Article article) {
        lock(article.getTags().stream().map(link -> link.getTag().getId()).toList(),
                article.getPeople().stream().map(link -> link.getPerson().getId()).distinct().toList());
    }

    private void lock(String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        // Inside the write's transaction the datasource hands out that transaction's connection.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            statement.executeQuery().close();
        } catch (SQLException e) {
            throw new CounterLockException(e);
        }
    }

    /** Locking the counters failed; its SQL cause says why (a timeout is a 503 like any other). */
    static final class CounterLockException extends RuntimeException {
        CounterLockException(SQLException cause) {
            super(cause);
        }
    }
}
