package news.dateline;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Every answer, however it is made, tells browsers not to guess its type and names no server software. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyKindOfAnswerCarriesNosniffAndNoServerHeader() {
        String article = "/api/v1/articles/" + createArticle(Map.of("title", "Headers " + unique(),
                "status", "published")).path("slug");
        List<Response> answers = List.of(
                given().get(article),                              // the resource (or the stored document)
                fromMemory("/api/v1/tags?limit=3"),                // an answer from memory
                given().header("If-None-Match", "*").get(article), // a 304
                given().get("/api/v1/articles/no-such-article"),   // a problem
                given().post("/api/v1/tags"),                      // a refused write
                given().delete("/api/v1/search"),                  // a method the path does not have
                given().get("/q/health/live"));
        for (Response answer : answers) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.statusLine());
            assertNull(answer.header("Server"), answer.statusLine());
        }
    }

    /**
     * A read answered from memory (it asks the database nothing), once the response cache holds it: each read that
     * asks the database fills the cache for the next, 200 ms later.
     */
    private Response fromMemory(String path) {
        return await().alias(path + " is answered from memory").pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(15)).until(() -> {
                    sessionFactory.getStatistics().clear();
                    Response answer = given().get(path);
                    answer.then().statusCode(200);
                    return sessionFactory.getStatistics().getPrepareStatementCount() == 0 ? answer : null;
                }, Objects::nonNull);
    }
}
