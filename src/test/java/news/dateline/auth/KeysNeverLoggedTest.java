package news.dateline.auth;

import static io.restassured.RestAssured.given;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No log line, at any level, carries what came in {@code Authorization}: not a key that works, not one that does
 * not, not a header that is not a bearer key at all; nor a preview link's token, which comes in the path.
 */
@QuarkusTest
class KeysNeverLoggedTest {

    /** Categories that see credentials or requests go through, opened to DEBUG for the test. */
    private static final List<String> TALKATIVE = List.of("io.quarkus.security", "io.quarkus.vertx.http",
            "io.quarkus.resteasy.reactive", "org.jboss.resteasy.reactive", "news.dateline");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            if (entry.getLoggerName() != null && entry.getLoggerName().startsWith("org.apache.http")) {
                return; // REST Assured's own client, in this JVM, logs what it sends
            }
            String message = entry.getMessage() + " " + java.util.Arrays.toString(entry.getParameters());
            lines.add(entry.getThrown() == null ? message : message + " " + entry.getThrown());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Map<String, Level> levels = new java.util.HashMap<>();

    @BeforeEach
    void listen() {
        for (String category : TALKATIVE) {
            Logger logger = Logger.getLogger(category);
            levels.put(category, logger.getLevel());
            logger.setLevel(Level.FINEST);
        }
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
        levels.forEach((category, level) -> Logger.getLogger(category).setLevel(level));
    }

    @Test
    void noCredentialReachesTheLog() {
        String wrong = "wrong-key-" + Api.unique();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("user:" + wrong).getBytes());
        given().header("Authorization", "Bearer " + wrong).get("/api/v1/articles").then().statusCode(401);
        given().header("Authorization", basic).get("/api/v1/tags").then().statusCode(401);
        given().header("Authorization", "Bearer " + wrong).body("{").contentType("application/json")
                .post("/api/v1/tags").then().statusCode(401);
        Api.editor().body("{\"name\": 5").post("/api/v1/tags").then().statusCode(400);
        Api.editor().get("/api/v1/articles?limit=1").then().statusCode(200);
        String article = "/api/v1/articles/" + Api.createArticle(Map.of("title", "Logged " + Api.unique()))
                .path("id");
        String token = Api.editor().body("{}").post(article + "/previews").then().statusCode(201).extract()
                .path("token");
        given().get("/api/v1/previews/" + token).then().statusCode(200);
        given().get("/api/v1/previews/" + wrong.substring(0, 8) + token.substring(8)).then().statusCode(404);

        assertTrue(lines.size() > 0, "the capture hears the service's log at DEBUG");
        for (String line : lines) {
            assertFalse(line.contains(wrong) || line.contains(Api.KEY) || line.contains(basic.substring(6))
                    || line.contains(token.substring(8)), line);
        }
    }
}
