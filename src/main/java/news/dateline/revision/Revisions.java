package news.dateline.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import news.dateline.auth.Writer;
import news.dateline.catalogue.ResourceKind;
import news.dateline.web.paging.Cursor;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.ProblemException;

/**
 * The kept revisions (migration V16): written in the writer's transaction, before its change-log row, and read by
 * editors. Plain JDBC on the service's datasource, as the change log is: inside a transaction it runs on that
 * transaction's connection. Editors' reads go to the primary, where their own writes are.
 */
@Singleton
public class Revisions {

    private static final String SUMMARY = "number, made_at, reason, key_id, key_name, public_etag";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final RevisionsConfig config;

    Revisions(AgroalDataSource dataSource, ObjectMapper mapper, RevisionsConfig config) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
    }

    /** What cursors of one resource's history are bound to. */
    public static String scope(ResourceKind kind, UUID id) {
        return "revisions:" + kind.wire() + ':' + id;
    }

    /**
     * Keeps a revision, then applies the retention ({@link RevisionsConfig#keepEdits}) to the resource's history.
     *
     * @param snapshot the resource after the write, as JSON
     */
    public void record(ResourceKind kind, UUID id, long number, Instant madeAt, Reason reason, Writer madeBy,
            String publicEtag, String snapshot) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into revision (resource, entity_id,"
                        + " number, made_at, reason, key_id, key_name, public_etag, snapshot)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind.wire());
            insert.setObject(2, id);
            insert.setLong(3, number);
            insert.setTimestamp(4, Timestamp.from(madeAt));
            insert.setString(5, reason.wire());
            insert.setObject(6, madeBy.keyId());
            insert.setString(7, madeBy.keyName());
            insert.setString(8, publicEtag);
            insert.setString(9, snapshot);
            insert.executeUpdate();
            if (reason == Reason.EDITED && publicEtag == null && config.keepEdits().isPresent()) {
                prune(connection, kind, id, config.keepEdits().getAsInt());
            }
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
    }

    /** Whether the resource has any history: a deleted article still has its own. */
    public boolean exists(ResourceKind kind, UUID id) {
        return !query("select number from revision where resource = ? and entity_id = ? limit 1",
                rows -> rows.getLong(1), kind, id).isEmpty();
    }

    /** The resource's revisions, newest first, numbered or keyset-paged by number. */
    public Listing<RevisionSummary> page(ResourceKind kind, UUID id, PageRequest request) {
        String where = " from revision where resource = ? and entity_id = ?";
        if (request.numbered()) {
            long total = query("select count(*)" + where, rows -> rows.getLong(1), kind, id).get(0);
            return Listing.numbered(query("select " + SUMMARY + where + " order by number desc limit ? offset ?",
                    this::summary, kind, id, request.limit(), request.offset()), total);
        }
        Cursor cursor = request.cursor();
        boolean before = cursor != null && cursor.before();
        String position = cursor == null ? "" : before ? " and number > ?" : " and number < ?";
        List<Object> parameters = new ArrayList<>(List.of(kind, id));
        if (cursor != null) {
            parameters.add(numberIn(cursor));
        }
        parameters.add(request.limit() + 1);
        List<RevisionSummary> rows = query("select " + SUMMARY + where + position + " order by number "
                + (before ? "asc" : "desc") + " limit ?", this::summary, parameters.toArray());
        return Listing.keyset(rows, request, scope(kind, id), r -> Long.toString(r.number()), r -> id);
    }

    public Optional<Revision> find(ResourceKind kind, UUID id, long number) {
        return query("select " + SUMMARY + ", snapshot from revision where resource = ? and entity_id = ?"
                + " and number = ?", this::revision, kind, id, number).stream().findFirst();
    }

    /** The number of the revision kept before this one, if any (numbers have gaps where edits were pruned). */
    public OptionalLong before(ResourceKind kind, UUID id, long number) {
        List<Long> found = query("select max(number) from revision where resource = ? and entity_id = ?"
                + " and number < ?", rows -> rows.getObject(1) == null ? null : rows.getLong(1), kind, id, number);
        return found.isEmpty() || found.get(0) == null ? OptionalLong.empty() : OptionalLong.of(found.get(0));
    }

    // The cursor's key is a number this class wrote; one that is not is a cursor from elsewhere.
    private static long numberIn(Cursor cursor) {
        try {
            return Long.parseLong(cursor.key());
        } catch (NumberFormatException | NullPointerException e) {
            throw ProblemException.badParameter("cursor",
                    "is not a cursor issued by this API");
        }
    }

    /** Deletes the unpublished edits of the resource beyond the newest {@code keep}, as a write does when configured. */
    void prune(ResourceKind kind, UUID id, int keep) {
        try (Connection connection = dataSource.getConnection()) {
            prune(connection, kind, id, keep);
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
    }

    private static void prune(Connection connection, ResourceKind kind, UUID id, int keep) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from revision where resource = ?"
                + " and entity_id = ? and reason = 'edited' and public_etag is null and number < coalesce(("
                + "select min(number) from (select number from revision where resource = ? and entity_id = ?"
                + " and reason = 'edited' and public_etag is null order by number desc limit ?) newest), ?)")) {
            delete.setString(1, kind.wire());
            delete.setObject(2, id);
            delete.setString(3, kind.wire());
            delete.setObject(4, id);
            delete.setInt(5, keep);
            delete.setLong(6, Long.MAX_VALUE); // keeping none: the newest none is empty, and every edit goes
            delete.executeUpdate();
        }
    }

    private RevisionSummary summary(ResultSet rows) throws SQLException {
        return new RevisionSummary(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
                Reason.ofWire(rows.getString(3)), new Writer(rows.getObject(4, UUID.class), rows.getString(5)),
                rows.getString(6));
    }

    private Revision revision(ResultSet rows) throws SQLException {
        RevisionSummary summary = summary(rows);
        JsonNode snapshot;
        try {
            snapshot = mapper.readTree(rows.getString(7));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision " + summary.number() + " holds no JSON", e);
        }
        return new Revision(summary.number(), summary.madeAt(), summary.reason(), summary.madeBy(),
                summary.publicEtag(), snapshot);
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof ResourceKind kind ? kind.wire() : parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new Unavailable(e);
        }
    }

    /** History could not be read or written: the transaction fails with it (a 503 when the database did not answer). */
    static final class Unavailable extends RuntimeException {
        Unavailable(SQLException cause) {
            super("revisions could not be read or written: " + cause.getMessage(), cause);
        }
    }
}
