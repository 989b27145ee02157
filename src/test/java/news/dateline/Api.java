package news.dateline;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Test shorthand for calling the API as a reader or as an editor, and for making the data a test needs. */
public final class Api {

    /**
     * The admin key of the test profile: the one place tests write it. It must match {@code %test.dateline.admin-key}
     * in {@code src/main/resources/application.properties}.
     */
    public static final String KEY = "test-admin-key";

    public static final String MERGE_PATCH = "application/merge-patch+json";
    public static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    /** A request with the editor's key. */
    public static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    /** An editor's merge patch that states the version it changes. */
    public static RequestSpecification mergePatch(String etag) {
        return editor().contentType(MERGE_PATCH).header("If-Match", etag);
    }

    /** A suffix that keeps this test's slugs apart from every other test's. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static ExtractableResponse<Response> createTag(String name) {
        return editor().body(Map.of("name", name)).post("/api/v1/tags").then().statusCode(201).extract();
    }

    public static ExtractableResponse<Response> createPerson(String name) {
        return editor().body(Map.of("name", name)).post("/api/v1/people").then().statusCode(201).extract();
    }

    public static ExtractableResponse<Response> createArticle(Map<String, ?> body) {
        return editor().body(body).post("/api/v1/articles").then().statusCode(201).extract();
    }

    /** The change stream's current end, as a reader's token: what a client that has read everything holds. */
    public static String changeStreamHead() {
        String token = null;
        for (boolean more = true; more; ) {
            var request = RestAssured.given().queryParam("limit", 500);
            if (token != null) {
                request.queryParam("since", token);
            }
            var page = request.get("/api/v1/changes").then().statusCode(200).extract();
            token = page.path("next");
            more = page.path("hasMore");
        }
        return token;
    }

    /** The current ETag of a resource, read as an editor (who sees every status). */
    public static String etagOf(String path) {
        return editor().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The published contract: {@code openapi.yaml} in the project root, where the tests run. */
    public static String openapiYaml() {
        try {
            return Files.readString(Path.of("openapi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml is read from the project root", e);
        }
    }
}
