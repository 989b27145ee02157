package news.dateline.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void onlyBearerKeysAreAccepted() {
        given().header("Authorization", "Basic dGVzdC1hZG1pbi1rZXk6").contentType("application/json")
                .body(Map.of("name", "x")).post("/api/v1/tags").then().statusCode(401)
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer").get("/api/v1/tags").then().statusCode(401);
    }

    @Test
    void theKeyIsCheckedExactly() {
        given().header("Authorization", "Bearer test-admin-key ").get("/api/v1/tags").then().statusCode(200);
        given().header("Authorization", "Bearer test-admin-ke").get("/api/v1/tags").then().statusCode(401);
        given().header("Authorization", "Bearer test-admin-keyy").get("/api/v1/tags").then().statusCode(401);
        given().header("Authorization", "bearer test-admin-key").get("/api/v1/tags").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
    }
}
