package news.dateline.web.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

/**
 * Recognises, anywhere in a chain of causes, the database failing to answer rather than refusing a request: a
 * statement cancelled at its timeout, no pooled connection free in time, a connection lost or refused. Such a
 * request may succeed when retried, so it is a 503, not a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // Agroal reports an exhausted pool as a plain SQLException without SQLState, caused by a timeout.
            if (t instanceof SQLException sql && (transientState(sql.getSQLState())
                    || sql.getCause() instanceof TimeoutException)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes and codes of PostgreSQL that say "not now": 08 connection exception, 40 transaction rollback
     * (40001 serialization failure, 40P01 deadlock detected: the transaction was rolled back whole, and a retry may
     * pass), 53 insufficient resources, 57014 statement cancelled (its timeout), 57P01 to 57P03 shutting down or
     * not yet accepting.
     */
    private static boolean transientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                || state.equals("57014") || state.startsWith("57P"));
    }
}
