package news.dateline.web.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** Which database failures are "not now" (503) rather than faults (500), as the pool and the driver report them. */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedPoolAStatementTimeoutAndALostConnectionAreUnavailability() {
        // Agroal, wrapped by Hibernate, as logged under 32 concurrent searches at a million articles
        assertTrue(DatabaseUnavailable.causes(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException(
                new SQLException("canceling statement due to statement timeout", "57014"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.causes(new SQLException("the database system is shutting down", "57P03")));
        // Writers of articles that share tags can deadlock on the trigger-kept counts: rolled back, worth a retry
        assertTrue(DatabaseUnavailable.causes(new IllegalStateException(new SQLException("deadlock detected",
                "40P01"))));
        assertTrue(DatabaseUnavailable.causes(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.causes(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causes(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("not the database")));
    }
}
