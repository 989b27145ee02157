package news.dateline.web.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import news.dateline.Api;
import news.dateline.web.edge.RequestIds;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Every answer carries the request's id, the caller's when it is a plain token; and so does every line it logs. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aPlainIdIsEchoedAndAnyOtherReplacedByANewOne() {
        String id = "trace-" + Api.unique();
        given().header("X-Request-Id", id).get("/api/v1/tags").then().statusCode(200).header("X-Request-Id", id);
        given().get("/api/v1/tags").then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "two words").get("/api/v1/tags").then()
                .header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "x".repeat(129)).get("/api/v1/tags").then()
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void answersFromMemoryProblemsAndRefusedRequestsCarryItToo() {
        String slug = Api.createArticle(Map.of("title", "Traced " + Api.unique(), "status", "published")).path("slug");
        for (int i = 0; i < 2; i++) { // the second from memory
            given().header("X-Request-Id", "read-" + i).get("/api/v1/articles/" + slug).then().statusCode(200)
                    .header("X-Request-Id", equalTo("read-" + i));
        }
        given().header("X-Request-Id", "missing").get("/api/v1/articles/no-such-article").then().statusCode(404)
                .header("X-Request-Id", equalTo("missing"));
        given().header("X-Request-Id", "too-long").get("/api/v1/tags?q=" + "x".repeat(5000)).then().statusCode(414)
                .header("X-Request-Id", equalTo("too-long"));
    }

    @Test
    void everyLineARequestLogsNamesIt() {
        String id = "logged-" + Api.unique();
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                if (entry instanceof ExtLogRecord ext && entry.getLoggerName() != null
                        && !entry.getLoggerName().startsWith("org.apache.http")) { // REST Assured's own client
                    ext.copyMdc();
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger resteasy = Logger.getLogger("org.jboss.resteasy.reactive");
        Level was = resteasy.getLevel();
        resteasy.setLevel(Level.FINEST);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        try {
            // A body that is not JSON: RESTEasy logs its way to the 400 on the worker thread.
            Api.editor().header("X-Request-Id", id).body("{\"name\": ").post("/api/v1/tags").then().statusCode(400)
                    .header("X-Request-Id", id);
        } finally {
            Logger.getLogger("").removeHandler(capture);
            resteasy.setLevel(was);
        }
        List<ExtLogRecord> ours = records.stream().filter(r -> id.equals(r.getMdc(RequestIds.MDC_KEY))).toList();
        assertFalse(ours.isEmpty(), "no line carried the request's id; lines: " + records.size());
        assertTrue(records.stream().filter(r -> r.getLoggerName().startsWith("org.jboss.resteasy.reactive"))
                .allMatch(r -> id.equals(r.getMdc(RequestIds.MDC_KEY))), "a line of the request without its id");
    }
}
