package news.dateline.ratelimit;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Each client has its own allowances, reads apart from writes, and failed authentication closes an address to keys
 * for a while. Each test calls from its own address (X-Forwarded-For, trusted in this profile), so none spends
 * another's allowance.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallAllowances.class)
class RateLimitTest {

    /** Allowances small enough to spend in a test, over a period too long to refill during it. */
    public static class SmallAllowances implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dateline.rate-limit.enabled", "true",
                    "dateline.rate-limit.period", "10m",
                    "dateline.rate-limit.reads", "5",
                    "dateline.rate-limit.writes", "2",
                    "dateline.rate-limit.failed-authentications", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    /** Every answer here is checked against the contract: the only place its 429 is produced (see contract/ExercisedResponses). */
    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(Api.openapiYaml()).build());

    private static RequestSpecification from(String address) {
        return given().filter(CONTRACT).header("X-Forwarded-For", address);
    }

    @Test
    void readsOverTheAllowanceAreA429ProblemWithRetryAfter() {
        for (int remaining = 4; remaining >= 0; remaining--) { // from the second on, answers come from memory
            from("203.0.113.1").get("/api/v1/tags?limit=1").then().statusCode(200)
                    .header("RateLimit-Limit", "5").header("RateLimit-Remaining", Integer.toString(remaining));
        }
        Response refused = from("203.0.113.1").get("/api/v1/tags?limit=1");
        refused.then().statusCode(429).contentType(Api.PROBLEM).body("status", equalTo(429))
                .body("type", equalTo("https://dateline.news/problems/too-many-requests"))
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 600, "Retry-After " + retryAfter + " is within the period");
        from("203.0.113.2").get("/api/v1/tags?limit=1").then().statusCode(200); // another address has its own
    }

    @Test
    void writesHaveTheirOwnSmallerAllowanceAndARefusedOneChangesNothing() {
        String key = "Bearer " + Api.KEY;
        for (int i = 0; i < 2; i++) {
            editor().filter(CONTRACT).header("X-Forwarded-For", "203.0.113.10").body(Map.of("name", "Allowed " + unique()))
                    .post("/api/v1/tags").then().statusCode(201).header("RateLimit-Limit", "2");
        }
        String slug = "refused-" + unique();
        editor().filter(CONTRACT).header("X-Forwarded-For", "203.0.113.11").body(Map.of("name", slug, "slug", slug))
                .post("/api/v1/tags").then().statusCode(429).contentType(Api.PROBLEM)
                .header("Retry-After", notNullValue());
        from("203.0.113.12").header("Authorization", key).get("/api/v1/tags/" + slug).then().statusCode(404);
    }

    @Test
    void failedAuthenticationsCloseTheAddressToKeysButNotToReaders() {
        String address = "203.0.113.20";
        for (int i = 0; i < 3; i++) {
            from(address).header("Authorization", "Bearer guess-" + i).get("/api/v1/articles").then().statusCode(401);
        }
        from(address).header("Authorization", "Bearer guess-4").get("/api/v1/articles").then().statusCode(429)
                .contentType(Api.PROBLEM);
        from(address).header("Authorization", "Bearer " + Api.KEY).get("/api/v1/articles").then().statusCode(429);
        from(address).get("/api/v1/articles").then().statusCode(200);
        from("203.0.113.21").header("Authorization", "Bearer guess-5").get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void previewTokensThatOpenNothingCountAsRefusedKeys() {
        String address = "203.0.113.40";
        for (int i = 0; i < 3; i++) {
            from(address).get("/api/v1/previews/" + "guess".repeat(8) + "ab" + i).then().statusCode(404);
        }
        from(address).get("/api/v1/previews/" + "guess".repeat(8) + "ab4").then().statusCode(429)
                .contentType(Api.PROBLEM).header("Retry-After", notNullValue());
        from(address).get("/api/v1/tags?limit=1").then().statusCode(200); // readers without a credential go on
    }

    @Test
    void healthAndMetricsAreNeverLimited() {
        for (int i = 0; i < 8; i++) {
            given().header("X-Forwarded-For", "203.0.113.30").get("/q/health/live").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
    }
}
