package news.dateline.web.edge;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Browsers on any site may read; only the configured write origin ({@code %test.dateline.cors.write-origins}) may
 * write, and a write from elsewhere is refused before it changes anything.
 */
@QuarkusTest
class CrossOriginTest {

    private static final String WRITER = "https://cms.test.example";
    private static final String STRANGER = "https://elsewhere.example";

    @Test
    void anyOriginMayReadAndSeeTheValidators() {
        for (int i = 0; i < 2; i++) { // the second answer may come from memory: it carries the headers too
            given().header("Origin", STRANGER).get("/api/v1/tags?limit=2").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo("*"))
                    .header("Vary", not(containsString("Origin")))
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Access-Control-Expose-Headers", containsString("Link"));
        }
    }

    @Test
    void aForeignOriginsPreflightForAWriteDoesNotAllowIt() {
        given().header("Origin", STRANGER).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/tags/anything").then()
                .header("Access-Control-Allow-Methods", not(containsString("PATCH")));
    }

    @Test
    void theWriteOriginsPreflightAllowsWritesWithKeysAndVersions() {
        given().header("Origin", WRITER).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/tags/anything").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WRITER))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void aWriteFromAForeignOriginIsRefusedAndChangesNothing() {
        String slug = "foreign-" + unique();
        editor().header("Origin", STRANGER).body(Map.of("name", slug, "slug", slug)).post("/api/v1/tags").then()
                .statusCode(403).contentType(Api.PROBLEM).body("status", equalTo(403))
                .body("detail", containsString(STRANGER));
        editor().get("/api/v1/tags/" + slug).then().statusCode(404);
    }

    @Test
    void aWriteFromTheWriteOriginIsAccepted() {
        editor().header("Origin", WRITER).body(Map.of("name", "Invited " + unique())).post("/api/v1/tags").then()
                .statusCode(201).header("Access-Control-Allow-Origin", equalTo(WRITER))
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void aRequestWithoutAnOriginGetsNoCorsHeaders() {
        given().get("/api/v1/tags?limit=1").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
