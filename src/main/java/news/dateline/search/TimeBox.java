package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.QueryTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Runs statements that may take too long under a statement timeout of their own, inside a savepoint of the current
 * transaction: when PostgreSQL cancels one, the savepoint is rolled back, which also restores the timeout, and the
 * transaction goes on with nothing from them instead of failing as a whole. For work whose answer is worth having
 * only quickly, such as the second stage of a search.
 */
@ApplicationScoped
public class TimeBox {

    private static final String SAVEPOINT = "dateline_time_box";

    private final EntityManager em;

    TimeBox(EntityManager em) {
        this.em = em;
    }

    /** What {@code work} returns, or empty when a statement of it ran past {@code limit} and was cancelled. */
    public <T> Optional<T> within(Duration limit, Supplier<T> work) {
        Session session = em.unwrap(Session.class);
        execute(session, "savepoint " + SAVEPOINT);
        // Hibernate reports the cancellation (SQLSTATE 57014) as a QueryTimeoutException, which by JPA's rules does
        // not mark the transaction for rollback; the savepoint takes PostgreSQL's side of it back.
        String previous = (String) em.createNativeQuery("select current_setting('statement_timeout') as previous,"
                + " set_config('statement_timeout', :limit, true) as now", Object[].class)
                .setParameter("limit", limit.toMillis() + "ms").getResultList().stream()
                .map(row -> (String) ((Object[]) row)[0]).findFirst().orElseThrow();
        try {
            T result = work.get();
            em.createNativeQuery("select set_config('statement_timeout', :previous, true)")
                    .setParameter("previous", previous).getSingleResult();
            execute(session, "release savepoint " + SAVEPOINT);
            return Optional.of(result);
        } catch (QueryTimeoutException | org.hibernate.QueryTimeoutException cancelled) {
            execute(session, "rollback to savepoint " + SAVEPOINT);
            return Optional.empty();
        }
    }

    /**
     * As SQL on the transaction's connection: the pool refuses JDBC's own savepoint rollback while the connection
     * is enlisted in a JTA transaction.
     */
    private static void execute(Session session, String sql) {
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }
}
