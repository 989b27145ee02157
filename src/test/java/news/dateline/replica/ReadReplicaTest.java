package news.dateline.replica;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import news.dateline.TcpProxy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads from the replica, end to end, against a real second PostgreSQL schema ({@link WithReadReplica}): what only the
 * replica holds is what an anonymous reader sees while the replica is up to date, and never what a keyed caller sees;
 * a change the replica lacks, a replica far behind, and a replica that stops answering all send reads to the primary,
 * without a failed request.
 */
@QuarkusTest
@TestProfile(WithReadReplica.class)
class ReadReplicaTest {

    @Inject
    ReadReplica replica;

    @Inject
    AgroalDataSource primary;

    @AfterEach
    void replicaAnswersAgain() throws IOException {
        WithReadReplica.proxy.restore();
    }

    @Test
    void anUpToDateReplicaServesAnonymousReadsAndKeyedCallersReadThePrimary() throws SQLException {
        String slug = onlyOnTheReplica();
        caughtUp();

        given().get("/api/v1/tags/" + slug).then().statusCode(200).body("name", equalTo("Only on the replica"));
        editor().get("/api/v1/tags/" + slug).then().statusCode(404);
        given().get("/q/metrics").then().statusCode(200).body(containsString("dateline_replica_serving 1.0"))
                .body(containsString("dateline_replica_lag_seconds 0.0"));
    }

    @Test
    void aChangeTheReplicaLacksSendsReadsToThePrimaryUntilItHasIt() throws SQLException {
        caughtUp();
        String slug = createTag("Written to the primary " + unique()).path("slug");

        assertFalse(replica.serves(), "the change was heard: the replica may lack it");
        given().get("/api/v1/tags/" + slug).then().statusCode(200);
        replica.check();
        assertFalse(replica.serves(), "the replica still lacks it");

        caughtUp();
        assertTrue(replica.serves());
    }

    @Test
    void aReplicaBehindByMoreThanTheBoundIsNotRead() throws SQLException {
        String slug = onlyOnTheReplica();
        createTag("Made an hour ago " + unique());
        long last = primaryEnd();
        try (Connection connection = primary.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "update change_log set changed_at = now() - interval '1 hour' where seq = ?")) {
            age.setLong(1, last);
            age.executeUpdate();
        }
        replicaEndsAt(last - 1);
        replica.changeHeard(); // as if this instance had heard of every change: only the lag keeps the replica out
        replica.check();

        assertFalse(replica.serves());
        given().get("/api/v1/tags/" + slug + "?fields=name").then().statusCode(404);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("dateline_replica_serving 0.0"), metrics);
        double lag = Double.parseDouble(metrics.lines().filter(l -> l.startsWith("dateline_replica_lag_seconds "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertTrue(lag >= 3600 && lag < 3700, "lag " + lag);
    }

    @Test
    void aReplicaThatStopsAnsweringLeavesEveryReadToThePrimaryWithoutAFailure() throws IOException, SQLException {
        String slug = onlyOnTheReplica();
        caughtUp();
        given().get("/api/v1/tags/" + slug).then().statusCode(200);

        WithReadReplica.proxy.cut(TcpProxy.Cut.REFUSE);
        for (int limit = 1; limit <= 20; limit++) { // each a different list: none is answered from memory
            given().get("/api/v1/tags?limit=" + limit).then().statusCode(200);
        }
        assertFalse(replica.serves(), "a replica that gave no connection counts as down");
        given().get("/api/v1/tags/" + slug + "?fields=slug").then().statusCode(404);
        replica.check();
        assertFalse(replica.serves());

        WithReadReplica.proxy.restore();
        replica.check();
        assertTrue(replica.serves());
        given().get("/api/v1/tags/" + slug + "?fields=id").then().statusCode(200);
    }

    /** A tag that only the replica holds: its slug. */
    private static String onlyOnTheReplica() throws SQLException {
        String slug = "only-on-the-replica-" + unique();
        try (Connection connection = replicaConnection();
                PreparedStatement insert = connection.prepareStatement("insert into tag (id, slug, name, kind,"
                        + " aliases, created_at, updated_at, version) values (?, ?, 'Only on the replica', 'TOPIC',"
                        + " '{}', now(), now(), 0)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, slug);
            insert.executeUpdate();
        }
        return slug;
    }

    /** The replica has applied everything the primary has committed, as far as the change log tells; measured. */
    private void caughtUp() throws SQLException {
        replicaEndsAt(primaryEnd());
        replica.check();
    }

    private long primaryEnd() throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement last = connection.prepareStatement("select coalesce(max(seq), 0) from change_log");
                ResultSet rows = last.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Makes the replica's change log end at {@code seq}, as a standby's does when it has replayed that far. */
    private static void replicaEndsAt(long seq) throws SQLException {
        try (Connection connection = replicaConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from change_log");
            try (PreparedStatement insert = connection.prepareStatement("insert into change_log (seq, resource,"
                    + " entity_id, slug, action, was_public, is_public, changed_at) overriding system value"
                    + " values (?, 'tag', ?, 'replayed', 'upsert', true, true, now())")) {
                insert.setLong(1, seq);
                insert.setObject(2, UUID.randomUUID());
                insert.executeUpdate();
            }
        }
    }

    /**
     * A connection that writes to the replica's schema as replication does: in the replica role no trigger fires, so
     * these writes send no change notification (which the instance would rightly take for a change on the primary).
     */
    private static Connection replicaConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(WithReadReplica.withSchema(WithReadReplica.directUrl()),
                WithReadReplica.user(), WithReadReplica.password());
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
        }
        return connection;
    }
}
