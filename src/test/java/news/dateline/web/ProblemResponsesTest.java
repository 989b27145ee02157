package news.dateline.web;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad request gets a 4xx problem+json that explains itself and leaks nothing of the code. */
@QuarkusTest
class ProblemResponsesTest {

    private static final String TAGS = "/api/v1/tags";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("https://dateline.news/problems/"))
                .body("title", not(equalTo("")))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("news.dateline")))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void malformedJsonIs400() {
        problem(editor().body("{\"name\": ").post(TAGS).then(), 400)
                .body("detail", containsString("not well-formed JSON"));
        problem(editor().body("{\"name\": \"a\"} trailing").post(TAGS).then(), 400);
        problem(editor().body("").post(TAGS).then(), 400);
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        problem(editor().body("{\"name\": 42}").post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string"));
        problem(editor().body("{\"name\": \"x\", \"aliases\": \"one\"}").post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("aliases"));
        problem(editor().body("{\"title\": \"x\", \"publishAt\": \"yesterday\"}").post("/api/v1/articles").then(), 400)
                .body("errors[0].field", equalTo("publishAt"));
        problem(editor().body("[1, 2]").post(TAGS).then(), 400);
    }

    @Test
    void unknownEnumValuesAndPropertiesAre400() {
        problem(editor().body(Map.of("name", "x", "kind", "planet")).post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of: topic, place, organisation, event"));
        problem(editor().body(Map.of("name", "x", "id", "123")).post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("is not a known property"));
    }

    @Test
    void constraintViolationsAre422WithEveryField() {
        problem(editor().body(Map.of("name", "", "slug", "Not A Slug", "description", "x".repeat(2001))).post(TAGS)
                .then(), 422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "slug", "description"));
        problem(editor().body(Map.of("title", "x", "featuredImage", Map.of("url", "data:image/png;base64,AAA")))
                .post("/api/v1/articles").then(), 422)
                .body("errors[0].field", equalTo("featuredImage.url"));
    }

    @Test
    void missingResourcesAre404() {
        problem(given().get(TAGS + "/no-such-tag-" + unique()).then(), 404)
                .body("instance", containsString("/api/v1/tags/no-such-tag-"));
        problem(given().get("/api/v1/nothing-here").then(), 404);
    }

    @Test
    void wrongMethodIs405() {
        problem(editor().delete(TAGS).then(), 405);
    }

    @Test
    void nonJsonAcceptIs406() {
        problem(given().accept("text/html").get(TAGS).then(), 406);
    }

    @Test
    void nonJsonBodyIs415() {
        problem(editor().contentType("text/plain").body("name=x").post(TAGS).then(), 415);
        String slug = createTag("Patched " + unique()).path("slug");
        problem(editor().contentType("application/json").header("If-Match", "\"0-x\"")
                .body("{}").patch(TAGS + "/" + slug).then(), 415);
    }

    @Test
    void oversizeBodyIs413AndWritesNothing() {
        String name = "Huge " + unique();
        String huge = "{\"name\": \"" + name + "\", \"description\": \"" + "x".repeat(1_100_000) + "\"}";
        problem(editor().body(huge).post(TAGS).then(), 413);
        given().get(TAGS + "/" + name.toLowerCase().replace(' ', '-')).then().statusCode(404);
    }

    @Test
    void writesWithoutIfMatchAre428AndWildcardDoesNotCount() {
        String slug = createTag("Unversioned " + unique()).path("slug");
        problem(editor().body(Map.of("name", "x")).put(TAGS + "/" + slug).then(), 428);
        problem(editor().header("If-Match", "*").body(Map.of("name", "x")).put(TAGS + "/" + slug).then(), 428);
        problem(editor().delete(TAGS + "/" + slug).then(), 428);
        problem(editor().header("If-Match", "W/\"0-abc\"").delete(TAGS + "/" + slug).then(), 412);
    }

    @Test
    void hostileStringsAreStoredAsTextAndEchoedSafely() {
        String hostile = "'; drop table tag; -- <script>alert(1)</script> \u0000";
        problem(editor().body(Map.of("name", hostile)).post(TAGS).then(), 400)
                .body("errors[0].field", equalTo("name"));
        problem(given().get(TAGS + "/%27%3B%20drop%20table%20tag").then(), 404);
        problem(given().get(TAGS + "/nul%00byte").then(), 404);
        String name = "Robert'); DROP TABLE article;-- " + unique();
        editor().body(Map.of("name", name)).post(TAGS).then().statusCode(201).body("name", equalTo(name));
    }
}
