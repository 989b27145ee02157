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
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;

/**
 * Reads the change log (migration V12; {@code catalogue.ChangeLog} writes it) for everything that follows it: its
 * end, and the changes in a stretch of it, oldest first. Plain JDBC, portable to PostgreSQL and H2 alike: on the
 * primary through the service's datasource, so that inside a transaction it runs on that transaction's connection;
 * or on a connection the caller chose (the replica a public read goes to, or the one whose progress is measured).
 */
@Singleton
public class ChangeLogReader {

    private final AgroalDataSource primary;

    ChangeLogReader(AgroalDataSource primary) {
        this.primary = primary;
    }

    /**
     * The primary's highest committed position. Every change numbered up to it has committed too, since numbers are
     * handed out in commit order (V12): a reader that has read up to it has missed nothing below it.
     */
    public long last() {
        try (Connection connection = primary.getConnection()) {
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

    /** {@link #between(Connection, long, long, int, Visibility)} on the primary. */
    public List<LoggedChange> between(long from, long until, int limit, Visibility visibility) {
        try (Connection connection = primary.getConnection()) {
            return between(connection, from, until, limit, visibility);
        } catch (SQLException e) {
            throw new Unreadable(e);
        }
    }

    /**
     * Up to {@code limit} changes after {@code from} and up to {@code until}, oldest first.
     *
     * @param visibility whose changes: {@link Visibility#PUBLIC} reads only those readers without a key could see, to
     *                   or from something public (the rows V13's partial index holds)
     */
    public static List<LoggedChange> between(Connection connection, long from, long until, int limit,
            Visibility visibility) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select seq, resource, entity_id, slug, action,"
                + " was_public, is_public, changed_at, corrected from change_log where seq > ? and seq <= ?"
                + (visibility.includesUnpublished() ? "" : " and (was_public or is_public)")
                + " order by seq limit ?")) {
            statement.setLong(1, from);
            statement.setLong(2, until);
            statement.setInt(3, limit);
            try (ResultSet rows = statement.executeQuery()) {
                List<LoggedChange> changes = new ArrayList<>();
                while (rows.next()) {
                    changes.add(new LoggedChange(rows.getLong(1), ResourceKind.ofWire(rows.getString(2)),
                            rows.getObject(3, UUID.class), rows.getString(4), Change.Action.ofWire(rows.getString(5)),
                            rows.getBoolean(6), rows.getBoolean(7), rows.getObject(8, OffsetDateTime.class).toInstant(),
                            rows.getBoolean(9)));
                }
                return changes;
            }
        }
    }

    /** The log could not be read: the transaction fails with it (a 503 when the database did not answer). */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(SQLException cause) {
            super("the change log could not be read: " + cause.getMessage(), cause);
        }
    }
}
