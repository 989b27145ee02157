package news.dateline.web.problem;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * What the contract cannot describe still gets a problem+json that explains itself and leaks nothing of the code: a
 * route or method that does not exist, and hostile text. Every documented problem response is checked in the
 * contract tests (contract/Contract*Test).
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String TAGS = "/api/v1/tags";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(Api.PROBLEM)
                .body("status", equalTo(status))
                .body("type", containsString("https://dateline.news/problems/"))
                .body("title", not(equalTo("")))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("news.dateline")))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        problem(given().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void aMethodTheRouteDoesNotHaveIsA405Problem() {
        problem(editor().delete(TAGS).then(), 405);
    }

    @Test
    void hostileStringsAreRefusedOrStoredAsPlainText() {
        String hostile = "'; drop table tag; -- <script>alert(1)</script> \u0000";
        problem(editor().body(Map.of("name", hostile)).post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("name"));
        problem(given().get(TAGS + "/%27%3B%20drop%20table%20tag").then(), 404);
        problem(given().get(TAGS + "/nul%00byte").then(), 404);
        String name = "Robert'); DROP TABLE article;-- " + unique();
        editor().body(Map.of("name", name)).post(TAGS).then().statusCode(201).body("name", equalTo(name));
    }
}
