package news.dateline.cache;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** The response cache keeps each language's answer apart: one language's bytes never answer another's reader. */
@QuarkusTest
class NegotiatedCacheTest {

    @Inject
    ResponseCache cache;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void answersNegotiatedByAcceptLanguageAreCachedPerLanguage() {
        String path = "/api/v1/tags/" + editor().body(Map.of("name", "OSCE " + unique(), "localizations",
                Map.of("sq", Map.of("name", "OSBE")))).post("/api/v1/tags").then().statusCode(201).extract()
                .path("slug");
        readUntilCached(path, "sq");
        readUntilCached(path, "en");
        sessionFactory.getStatistics().clear();
        given().header("Accept-Language", "sq").get(path).then().statusCode(200)
                .header("Content-Language", "sq").header("Vary", org.hamcrest.Matchers.containsString(
                        "Accept-Language")).body("name", equalTo("OSBE"));
        given().header("Accept-Language", "en").get(path).then().statusCode(200)
                .header("Content-Language", "en").body("name", org.hamcrest.Matchers.startsWith("OSCE "));
        // The same preferences written differently share the entry; no header at all is the default's.
        given().header("Accept-Language", "SQ ; q=1").get(path).then().statusCode(200).body("name", equalTo("OSBE"));
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "all from memory");
        given().get(path).then().statusCode(200).body("name", org.hamcrest.Matchers.startsWith("OSCE "));
        given().queryParam("language", "sq").get(path).then().statusCode(200).body("name", equalTo("OSBE"));
    }

    @Test
    void articlesAreKeyedWithoutTheHeader() {
        assertEquals("/api/v1/articles/x", ResponseCacheKey.of("/api/v1/articles/x", null, "sq"));
        assertEquals(ResponseCacheKey.of("/api/v1/tags/x", "language=sq", "sq"),
                ResponseCacheKey.of("/api/v1/tags/x", "language=sq", "en"));
        assertEquals(ResponseCacheKey.of("/api/v1/people", null, "sq, en;q=0.5"),
                ResponseCacheKey.of("/api/v1/people", null, "sq,en;q=0.5"));
        // An empty language= is no language: the header decides, so it keys.
        assertEquals(false, ResponseCacheKey.of("/api/v1/tags/x", "language=&language=sq", "sq")
                .equals(ResponseCacheKey.of("/api/v1/tags/x", "language=&language=sq", "en")));
    }

    private void readUntilCached(String path, String language) {
        String key = ResponseCacheKey.of(path, null, language);
        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10)).until(() -> {
            given().header("Accept-Language", language).get(path).then().statusCode(200);
            return cache.get(key) != null;
        });
        assertNotNull(cache.get(key));
    }
}
