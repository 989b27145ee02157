package news.dateline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A database that closes every connection (as a restart or a failover does) costs no request: the pool checks each
 * connection as it hands it out and replaces the closed ones.
 */
@QuarkusTest
class OutageTest {

    private static final int AT_ONCE = 12;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void connectionsClosedByTheDatabaseCostNoRequest() throws Exception {
        String marker = Api.unique();
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            // Requests at once fill the pool with connections; query strings no one asked before miss the cache.
            assertEquals(List.of(200), statuses(clients, "warm-" + marker));
            int closed;
            try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement();
                    ResultSet terminated = statement.executeQuery("""
                            select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                            where datname = current_database() and pid <> pg_backend_pid()
                              and usename = current_user and backend_type = 'client backend') t""")) {
                terminated.next();
                closed = terminated.getInt(1);
            }
            assertTrue(closed > AT_ONCE / 2, () -> "the database closed the pool's connections, not only " + closed);
            assertEquals(List.of(200), statuses(clients, "after-" + marker), "every request after the outage");
            awaitCacheBack("/api/v1/articles?q=cached-" + marker);
        } finally {
            clients.shutdownNow();
        }
    }

    // The change listener lost its connection too, and the response cache is off until it is back (within
    // DATELINE_CACHE_LISTENER_CHECK): later tests expect a cache that answers, that is, a read that asks the
    // database nothing.
    // Each read that asks the database fills the cache for the next, 200 ms later.
    private void awaitCacheBack(String path) {
        await().alias("the response cache answers again").pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(15)).until(() -> {
                    sessionFactory.getStatistics().clear();
                    given().get(path).then().statusCode(200);
                    return sessionFactory.getStatistics().getPrepareStatementCount() == 0;
                });
    }

    // The distinct statuses of AT_ONCE article searches sent at once, twice over.
    private static List<Integer> statuses(ExecutorService clients, String prefix) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 2 * AT_ONCE; i++) {
            String q = prefix + "-" + i;
            calls.add(() -> given().queryParam("q", q).get("/api/v1/articles").statusCode());
        }
        List<Integer> seen = new ArrayList<>();
        for (Future<Integer> status : clients.invokeAll(calls)) {
            if (!seen.contains(status.get())) {
                seen.add(status.get());
            }
        }
        return seen;
    }
}
