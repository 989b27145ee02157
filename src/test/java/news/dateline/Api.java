package news.dateline;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Test shorthand for calling the API as a reader or as an editor, and for making the data a test needs. */
public final class Api {

    /** The admin key of the test profile. */
    public static final String KEY = "test-admin-key";

    private Api() {
    }

    /** A request with the editor's key. */
    public static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
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

    /** The current ETag of a resource, read as an editor (who sees every status). */
    public static String etagOf(String path) {
        return editor().get(path).then().statusCode(200).extract().header("ETag");
    }
}
