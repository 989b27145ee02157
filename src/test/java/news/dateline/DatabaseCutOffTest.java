package news.dateline;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database cut off behind a TCP proxy, refused and silently partitioned: reads the cache cannot answer and writes
 * are 503 problems with Retry-After within a bounded time, readiness is DOWN and liveness UP, and when the network
 * comes back the service answers again without a restart and has lost no acknowledged write.
 */
@QuarkusTest
@TestProfile(ThroughProxy.class)
class DatabaseCutOffTest {

    /**
     * The longest a request may take while the database is away: the pool's acquisition timeout (3 s) plus a margin
     * for this shared 2-core machine, in which the first requests after a partition also check the pooled connections
     * they draw (1 s each, then dropped). A partition that hung a request until a TCP timeout would take minutes.
     */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(6);
    /** The longest the service may take to answer again once the database is back. */
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(10);

    private RestAssuredConfig previous;

    @BeforeEach
    void clientGivesUpOnAHang() {
        // A hung request fails the test instead of stalling the build.
        previous = RestAssured.config;
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 30_000));
    }

    @AfterEach
    void reconnect() throws Exception {
        ThroughProxy.proxy.restore();
        RestAssured.config = previous;
    }

    @Test
    void refusedDatabaseIsA503AndTheServiceRecoversWithoutARestart() throws Exception {
        outage(TcpProxy.Cut.REFUSE);
    }

    @Test
    void partitionedDatabaseIsA503InBoundedTimeAndTheServiceRecoversWithoutARestart() throws Exception {
        outage(TcpProxy.Cut.BLACKHOLE);
    }

    private void outage(TcpProxy.Cut cut) throws Exception {
        String run = unique();
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.add(createArticle(Map.of("title", "Written before the outage " + run + " " + i,
                    "status", "published")).path("slug"));
        }

        ThroughProxy.proxy.cut(cut);
        String refusedSlug = "written-during-the-outage-" + run;
        List<Long> answers = new ArrayList<>();
        answers.add(unavailable(() -> given().queryParam("q", "missed-" + run).get("/api/v1/articles")));
        answers.add(unavailable(() -> given().get("/api/v1/articles/never-cached-" + run)));
        answers.add(unavailable(() -> editor().body(Map.of("slug", refusedSlug, "title", "Refused " + run))
                .post("/api/v1/articles")));
        answers.add(unavailable(() -> editor().get("/api/v1/articles/" + acknowledged.get(0))));
        long ready = timed(() -> given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN")));
        long live = timed(() -> given().get("/q/health/live").then().statusCode(200).body("status", is("UP")));
        Log.infof("Database cut off (%s): 503s in %s ms, readiness DOWN in %d ms, liveness UP in %d ms",
                cut, answers, ready, live);
        for (long millis : List.of(ready, live)) {
            assertTrue(millis < ANSWERED_WITHIN.toMillis(), () -> "health answered in " + millis + " ms");
        }

        long restoredAt = System.nanoTime();
        ThroughProxy.proxy.restore();
        long recovered = recover("/api/v1/articles?q=back-" + run);
        long readyAgain = timed(() -> given().get("/q/health/ready").then().statusCode(200).body("status", is("UP")));
        Log.infof("Database back (%s): requests answer 200 after %d ms, readiness UP in %d ms (%d ms after restore)",
                cut, recovered, readyAgain, (System.nanoTime() - restoredAt) / 1_000_000);

        for (String slug : acknowledged) {
            editor().get("/api/v1/articles/" + slug).then().statusCode(200).body("slug", is(slug));
        }
        editor().get("/api/v1/articles/" + refusedSlug).then().statusCode(404);
    }

    // Sends the request, asserts a 503 problem with Retry-After within the bound, returns how long it took.
    private static long unavailable(Supplier<Response> request) {
        long t0 = System.nanoTime();
        Response response = request.get();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        response.then().statusCode(503).contentType(startsWith(Api.PROBLEM))
                .header("Retry-After", notNullValue()).body("status", is(503));
        assertTrue(millis < ANSWERED_WITHIN.toMillis(), () -> "a 503 took " + millis + " ms");
        return millis;
    }

    private static long timed(Runnable check) {
        long t0 = System.nanoTime();
        check.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    // Milliseconds until a read the cache cannot answer succeeds again; bounded.
    private static long recover(String path) {
        return timed(() -> await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .atMost(RECOVERED_WITHIN)
                .untilAsserted(() -> assertEquals(200, given().get(path).statusCode(),
                        "still unavailable after the database came back")));
    }

}
