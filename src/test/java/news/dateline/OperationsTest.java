package news.dateline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What operators rely on: health checks, metrics, compression, and serving the root openapi.yaml as the contract. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void thePublishedContractIsTheRootOpenapiFile() {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String file = Api.openapiYaml();
        assertEquals(operationIds(file), operationIds(served));
        assertEquals(58, operationIds(file).size(), "the contract lists all 57 operations (12 of them feeds, 6 sitemaps"
                + " and JSON-LD, 5 webhooks, 4 revisions, 4 previews, 1 correction, 1 suggestion) and the callback a webhook's URL receives (deliverChange)");
    }

    private static Set<String> operationIds(String yaml) {
        return Pattern.compile("operationId: *\"?(\\w+)").matcher(yaml).results().map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    @Test
    void metricsAreExposedForPrometheusWithPoolFiguresAndTimingsByRoute() {
        String slug = Api.createArticle(java.util.Map.of("title", "Metered " + Api.unique(), "status", "published"))
                .path("slug");
        for (int i = 0; i < 2; i++) { // the second read is answered from memory, outside JAX-RS
            given().get("/api/v1/articles/" + slug).then().statusCode(200);
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/v1/articles/{ref}\"}"))
                .body(not(containsString("uri=\"/api/v1/articles/" + slug)))
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_awaiting_count{datasource=\"default\"}"));
    }

    @Test
    void responsesAreCompressedWhenAsked() {
        given().header("Accept-Encoding", "gzip").get("/api/v1/tags").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"));
    }
}
