package news.dateline.changelog;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the change log for what follows it downstream (the webhook outbox, purges at the caching tiers): its end, and
 * the changes readers could see. Plain JDBC on the service's datasource, so inside a transaction it runs on that
 * transaction's connection. Portable SQL, PostgreSQL and H2 alike.
 */
@Singleton
public class PublicChanges {

    private final AgroalDataSource dataSource;

    PublicChanges(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The log's highest committed position: numbers follow commit order (V12), so all below it are in. */
    public long last() {
        try (Connection connection = dataSource.getConnection()) {
            return last(connection);
        } catch (SQLException e) {
            throw new Unreadable(e);
        }
    }

    /** The same, on a given database: a replica's says how far it has replayed the primary's log. */
    public static long last(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select coalesce(max(seq), 0) from change_log");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Up to {@code limit} changes after {@code from} and up to {@code until} that readers could see (to or from
     * something public), oldest first.
     */
    public List<ChangeRow> between(long from, long until, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select seq, resource, entity_id, slug,"
                        + " action, was_public, is_public, changed_at from change_log"
                        + " where seq > ? and seq <= ? and (was_public or is_public) order by seq limit ?")) {
            statement.setLong(1, from);
            statement.setLong(2, until);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<ChangeRow> changes = new ArrayList<>();
                while (rows.next()) {
                    changes.add(new ChangeRow(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getString(4), rows.getString(5), rows.getBoolean(6), rows.getBoolean(7),
                            rows.getObject(8, OffsetDateTime.class).toInstant()));
                }
                return changes;
            }
        } catch (SQLException e) {
            throw new Unreadable(e);
        }
    }

    /** The log could not be read: the transaction fails with it (a 503 when the database did not answer). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(SQLException cause) {
            super("the change log could not be read: " + cause.getMessage(), cause);
        }
    }
}
