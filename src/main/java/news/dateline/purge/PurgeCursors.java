package news.dateline.purge;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How far each caching tier has been purged (migration V15). Plain JDBC on the service's datasource, so inside a
 * transaction it runs on that transaction's connection. Portable SQL, PostgreSQL and H2 alike.
 */
@Singleton
class PurgeCursors {

    private final AgroalDataSource dataSource;

    PurgeCursors(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Locks a tier's cursor for this transaction, waiting for an instance that purges there now, and reads it. A tier
     * purged for the first time starts at the log's end. Two instances that both find no row both insert one; the
     * second fails on the key and its transaction is tried again later, when the row is there.
     */
    long lock(String target) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // The aggregate in a subquery: "select max(seq) ... where not exists" would give a row either way.
            try (PreparedStatement insert = connection.prepareStatement("insert into purge_cursor (target, last_seq)"
                    + " select ?, last.seq from (select coalesce(max(seq), 0) as seq from change_log) last"
                    + " where not exists (select 1 from purge_cursor where target = ?)")) {
                insert.setString(1, target);
                insert.setString(2, target);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "select last_seq from purge_cursor where target = ? for update")) {
                select.setString(1, target);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }

    void move(String target, long seq) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update purge_cursor set last_seq = ? where target = ?")) {
            update.setLong(1, seq);
            update.setString(2, target);
            update.executeUpdate();
        }
    }
}
