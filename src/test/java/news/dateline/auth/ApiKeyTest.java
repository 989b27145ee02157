package news.dateline.auth;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.KEY;
import static news.dateline.Api.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readers need no key; an editor is whoever sends exactly the admin key as a Bearer token, and nothing else is. */
@QuarkusTest
class ApiKeyTest {

    @Test
    void readingPublishedContentNeedsNoKey() {
        given().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", containsString("public"));
    }

    @Test
    void aWrongKeyIsRefusedEvenForReads() {
        given().header("Authorization", "Bearer wrong-key").get("/api/v1/articles").then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void onlyBearerKeysAreAccepted() {
        String basic = Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));
        given().header("Authorization", "Basic " + basic).contentType("application/json")
                .body(Map.of("name", "x")).post("/api/v1/tags").then().statusCode(401)
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer").get("/api/v1/tags").then().statusCode(401);
    }

    @Test
    void theKeyIsCheckedExactly() {
        given().header("Authorization", "Bearer " + KEY + " ").get("/api/v1/tags").then().statusCode(200);
        given().header("Authorization", "Bearer " + KEY.substring(0, KEY.length() - 1)).get("/api/v1/tags").then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + KEY + "y").get("/api/v1/tags").then().statusCode(401);
        given().header("Authorization", "bearer " + KEY).get("/api/v1/tags").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }
}
