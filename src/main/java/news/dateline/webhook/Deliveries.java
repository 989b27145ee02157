package news.dateline.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The webhook outbox's tables (migration V14): plain JDBC on the service's datasource,
 * so inside a transaction it runs on that transaction's connection. Portable SQL, PostgreSQL and H2 alike.
 */
@Singleton
class Deliveries {

    private static final String COLUMNS = "id, event_type, status, attempts, last_status_code, last_error, created_at,"
            + " last_attempt_at, next_attempt_at, delivered_at, seq";

    private final AgroalDataSource dataSource;

    Deliveries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Locks the dispatcher's cursor for this transaction and reads it. Without {@code wait}, empty when another
     * transaction holds it (another instance is dispatching); with it, waits for that transaction to end.
     */
    OptionalLong lockCursor(boolean wait) {
        return query("select last_seq from webhook_cursor where id = 1 for update" + (wait ? "" : " skip locked"),
                List.of(), rows -> rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty());
    }

    void moveCursor(long seq) {
        update("update webhook_cursor set last_seq = ? where id = 1", List.of(seq));
    }

    /** Queues these deliveries, due now. */
    void insert(List<NewDelivery> deliveries, Instant now) {
        if (deliveries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into webhook_delivery"
                        + " (id, subscription_id, seq, event_type, payload, status, attempts, created_at,"
                        + " next_attempt_at) values (?, ?, ?, ?, ?, 'pending', 0, ?, ?)")) {
            for (NewDelivery delivery : deliveries) {
                insert.setObject(1, delivery.id());
                insert.setObject(2, delivery.subscriptionId());
                insert.setLong(3, delivery.seq());
                insert.setString(4, delivery.eventType());
                insert.setString(5, delivery.payload());
                insert.setObject(6, at(now));
                insert.setObject(7, at(now));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, skipping those another sender holds, and leases them
     * until {@code lease}: their next attempt moves there, so that no one else takes them while they are sent, and a
     * sender that dies while sending leaves them to be sent again once the lease is over. Row locks end with the
     * transaction; the lease holds after it.
     */
    List<ClaimedDelivery> claim(Instant now, int limit, Instant lease) {
        List<UUID> ids = query("select id from webhook_delivery where next_attempt_at <= ? order by next_attempt_at"
                + " limit ? for update skip locked", List.of(at(now), limit), rows -> {
                    List<UUID> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(rows.getObject(1, UUID.class));
                    }
                    return found;
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>();
        parameters.add(at(lease));
        parameters.addAll(ids);
        update("update webhook_delivery set next_attempt_at = ? where id in (" + in + ")", parameters);
        return query("select d.id, s.url, s.secret, d.payload, d.attempts from webhook_delivery d"
                + " join webhook_subscription s on s.id = d.subscription_id where d.id in (" + in + ")"
                + " order by d.next_attempt_at, d.seq", List.copyOf(ids), rows -> {
                    List<ClaimedDelivery> claimed = new ArrayList<>();
                    while (rows.next()) {
                        claimed.add(new ClaimedDelivery(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getInt(5), lease));
                    }
                    return claimed;
                });
    }

    /**
     * Records an attempt, unless the lease it was made under is over and another sender has claimed the delivery
     * since (then that sender records its own attempt).
     *
     * @param next when to try again; null when the delivery is finished (delivered, or given up)
     * @return whether it was recorded
     */
    boolean record(Outcome outcome, String status, Instant next) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(status);
        parameters.add(at(outcome.at()));
        parameters.add(outcome.statusCode());
        parameters.add(outcome.error());
        parameters.add(next == null ? null : at(next));
        parameters.add(outcome.delivered() ? at(outcome.at()) : null);
        parameters.add(outcome.delivery().id());
        parameters.add(at(outcome.delivery().lease()));
        return update("update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,"
                + " last_status_code = ?, last_error = ?, next_attempt_at = ?, delivered_at = ?"
                + " where id = ? and status = 'pending' and next_attempt_at = ?", parameters) == 1;
    }

    /** A subscription's deliveries, newest first, before change {@code beforeSeq} (null: from the newest). */
    List<PagedDelivery> page(UUID subscriptionId, Long beforeSeq, int limit) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(subscriptionId);
        if (beforeSeq != null) {
            parameters.add(beforeSeq);
        }
        parameters.add(limit);
        return query("select " + COLUMNS + " from webhook_delivery where subscription_id = ?"
                + (beforeSeq == null ? "" : " and seq < ?") + " order by seq desc limit ?", parameters, rows -> {
                    List<PagedDelivery> page = new ArrayList<>();
                    while (rows.next()) {
                        int code = rows.getInt(5);
                        Integer statusCode = rows.wasNull() ? null : code;
                        page.add(new PagedDelivery(rows.getLong(11), new DeliveryView(rows.getObject(1, UUID.class),
                                rows.getString(2), rows.getString(3), rows.getInt(4), statusCode, rows.getString(6),
                                instant(rows, 7), instant(rows, 8), instant(rows, 9), instant(rows, 10))));
                    }
                    return page;
                });
    }

    /** A delivery of a page and its change's position, which the next page's cursor starts before. */
    record PagedDelivery(long seq, DeliveryView view) {
    }

    // ---- JDBC ----

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(String sql, List<?> parameters, Rows<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private int update(String sql, List<?> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new Failed(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The outbox could not be read or written: the transaction fails with it (a 503 when the database did not answer). */
    static final class Failed extends RuntimeException {
        Failed(SQLException cause) {
            super("the webhook outbox could not be read or written: " + cause.getMessage(), cause);
        }
    }
}
