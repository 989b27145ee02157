package news.dateline.catalogue;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;

/**
 * Writes the change log (migration V12) in the writer's transaction: the change stream, webhooks, purges and cache
 * invalidation across instances all follow it ({@code changelog.ChangeLogReader} reads it for them). Plain JDBC on the
 * service's datasource, so inside a transaction it runs on that transaction's connection. It lives here, beside
 * {@link SluggedService} that calls it, and not in {@code changelog/} with the reader: that package names kinds with
 * this one's {@link ResourceKind}, so a call from here to there would make a cycle.
 */
@Singleton
public class ChangeLog {

    /** Rows one INSERT carries: a tag on thousands of articles is logged in a few statements, not thousands. */
    static final int ROWS_PER_INSERT = 500;
    private static final int COLUMNS = 8;

    private final AgroalDataSource dataSource;

    ChangeLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Logs these changes; the caller's last database work before it commits. It first takes the log's clock (one row,
     * locked until the commit) so that sequence numbers follow commit order: see V12. Whatever else the transaction
     * must lock it has locked already, so holding the clock waits for nothing but the commit.
     */
    public void record(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // what the database keeps
        try (Connection connection = dataSource.getConnection()) {
            try (Statement clock = connection.createStatement()) {
                clock.executeQuery("select id from change_log_clock where id = 1 for update").close();
            }
            for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
                insert(connection, changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT)), now);
            }
        } catch (SQLException e) {
            throw new NotLogged(e);
        }
    }

    private static void insert(Connection connection, List<Change> rows, Instant now) throws SQLException {
        String values = String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"));
        try (PreparedStatement insert = connection.prepareStatement("insert into change_log"
                + " (resource, entity_id, slug, action, was_public, is_public, changed_at, corrected) values "
                + values)) {
            Timestamp at = Timestamp.from(now);
            int i = 0;
            for (Change row : rows) {
                insert.setString(++i, row.kind().wire());
                insert.setObject(++i, row.id());
                insert.setString(++i, row.slug());
                insert.setString(++i, row.action().wire());
                insert.setBoolean(++i, row.wasPublic());
                insert.setBoolean(++i, row.isPublic());
                insert.setTimestamp(++i, at);
                insert.setBoolean(++i, row.corrected());
            }
            assert i == rows.size() * COLUMNS;
            insert.executeUpdate();
        }
    }

    /** The log could not be written: the change is rolled back with it (a 503 when the database is what failed). */
    static final class NotLogged extends RuntimeException {
        NotLogged(SQLException cause) {
            super("the change log could not be written: " + cause.getMessage(), cause);
        }
    }
}
