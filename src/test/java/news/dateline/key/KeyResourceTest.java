package news.dateline.key;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.PROBLEM;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import news.dateline.time.SteppedClock;
import news.dateline.web.Digests;
import org.junit.jupiter.api.Test;

/** Keys made through the API: what each scope may do, secrets shown once and stored as digests, revocation. */
@QuarkusTest
class KeyResourceTest {

    private static final String KEYS = "/api/v1/keys";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SteppedClock clock;

    /** A new key with these scopes, made with the environment's admin key; the answer holds its secret. */
    static ExtractableResponse<Response> issue(String... scopes) {
        return editor().body(Map.of("name", "test " + unique(), "scopes", List.of(scopes)))
                .post(KEYS).then().statusCode(201).extract();
    }

    static RequestSpecification with(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }

    @Test
    void aNewKeyIsShownOnceWithItsSecretAndLocation() {
        ExtractableResponse<Response> created = issue("content:write");
        String id = created.path("id");
        String secret = created.path("secret");
        assertTrue(secret.startsWith("dl_") && secret.length() == 3 + 43, secret);
        assertTrue(created.header("Location").endsWith(KEYS + "/" + id), created.header("Location"));
        assertEquals("private, no-store", created.header("Cache-Control"));
        assertEquals(List.of("content:write"), created.path("scopes"));

        editor().get(KEYS + "/" + id).then().statusCode(200)
                .body("id", is(id))
                .body("scopes", is(List.of("content:write")))
                .body("createdAt", notNullValue())
                .body("revokedAt", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        String list = editor().get(KEYS).then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items", everyItem(not(org.hamcrest.Matchers.hasKey("secret"))))
                .extract().asString();
        assertFalse(list.contains(secret), "a list never repeats a secret");
        assertFalse(list.contains(HexFormat.of().formatHex(Digests.sha256(secret))), "nor its digest");
    }

    @Test
    void onlyTheDigestOfTheSecretIsStored() throws Exception {
        ExtractableResponse<Response> created = issue("content:read");
        String secret = created.path("secret");
        List<String> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select * from api_key where id = cast(? as uuid)")) {
            select.setString(1, created.path("id"));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    stored.add(String.valueOf(row.getObject(column)));
                }
            }
        }
        assertTrue(stored.contains(HexFormat.of().formatHex(Digests.sha256(secret))), stored.toString());
        assertTrue(stored.stream().noneMatch(value -> value.contains(secret.substring(3))), stored.toString());
    }

    @Test
    void contentWriteWritesAndSeesDrafts() {
        String secret = issue("content:write").path("secret");
        String slug = "key-draft-" + unique();
        with(secret).body(Map.of("title", "Draft " + slug, "slug", slug)).post("/api/v1/articles")
                .then().statusCode(201);
        with(secret).get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("status", is("draft"));
        with(secret).get(KEYS).then().statusCode(403).contentType(PROBLEM).body("status", is(403));
    }

    @Test
    void contentReadReadsPublishedContentPrivatelyAndCannotWrite() {
        String secret = issue("content:read").path("secret");
        String draft = Api.createArticle(Map.of("title", "Hidden " + unique())).path("slug");
        String published = Api.createArticle(Map.of("title", "Shown " + unique(), "status", "published"))
                .path("slug");
        with(secret).get("/api/v1/articles/" + published).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("bodyHtml", notNullValue());
        with(secret).get("/api/v1/articles/" + draft).then().statusCode(404);
        with(secret).get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("items.slug", not(hasItem(draft)));
        with(secret).body(Map.of("name", "Refused " + unique())).post("/api/v1/tags").then().statusCode(403)
                .contentType(PROBLEM)
                .body("type", is("https://dateline.news/problems/forbidden"));
        with(secret).body(Map.of("name", "x", "scopes", List.of("admin"))).post(KEYS).then().statusCode(403);
    }

    @Test
    void anAdminKeyManagesKeysAndWrites() {
        String admin = issue("admin").path("secret");
        String id = with(admin).body(Map.of("name", "made by a key", "scopes", List.of("content:read")))
                .post(KEYS).then().statusCode(201).extract().path("id");
        with(admin).get(KEYS + "/" + id).then().statusCode(200).body("name", is("made by a key"));
        with(admin).body(Map.of("name", "Admin tag " + unique())).post("/api/v1/tags").then().statusCode(201);
        with(admin).delete(KEYS + "/" + id).then().statusCode(204);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        ExtractableResponse<Response> created = issue("content:write");
        String secret = created.path("secret");
        String id = created.path("id");
        with(secret).get("/api/v1/tags").then().statusCode(200); // now remembered by this instance
        editor().delete(KEYS + "/" + id).then().statusCode(204);
        with(secret).get("/api/v1/tags").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"dateline\""));
        editor().get(KEYS + "/" + id).then().statusCode(200).body("revokedAt", notNullValue());
        editor().delete(KEYS + "/" + id).then().statusCode(204); // again: nothing changes
    }

    /** Another instance's revocation reaches this one as the database row only: refused once the lookup expires. */
    @Test
    void aKeyRevokedElsewhereIsRefusedWithinTheLookupsLifetime() throws Exception {
        ExtractableResponse<Response> created = issue("content:read");
        String secret = created.path("secret");
        with(secret).get("/api/v1/tags").then().statusCode(200);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement revoke = connection.prepareStatement(
                        "update api_key set revoked_at = now() where id = cast(? as uuid)")) {
            revoke.setString(1, created.path("id"));
            assertEquals(1, revoke.executeUpdate());
        }
        clock.step(KnownKeys.FOR);
        int status = with(secret).get("/api/v1/tags").then().extract().statusCode();
        assertEquals(401, status, "still accepted " + KnownKeys.FOR + " after another instance revoked it");
    }

    @Test
    void aUseIsNoted() {
        ExtractableResponse<Response> created = issue("content:read");
        String id = created.path("id");
        editor().get(KEYS + "/" + id).then().body("lastUsedAt", nullValue());
        with(created.path("secret")).get("/api/v1/people").then().statusCode(200);
        editor().get(KEYS + "/" + id).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void theEnvironmentsAdminKeyStillWorks() {
        editor().get(KEYS).then().statusCode(200);
        editor().body(Map.of("name", "Env tag " + unique())).post("/api/v1/tags").then().statusCode(201);
    }

    @Test
    void keysNeedAKeyAndAValidOne() {
        given().get(KEYS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"dateline\""));
        with("dl_" + "A".repeat(43)).get(KEYS).then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void badBodiesAreProblems() {
        editor().body(Map.of("name", "x", "scopes", List.of("content:delete"))).post(KEYS).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("scopes[0]"));
        editor().body(Map.of("name", "x", "scopes", List.of())).post(KEYS).then().statusCode(422)
                .contentType(PROBLEM).body("errors.field", hasItem("scopes"));
        editor().body(Map.of("scopes", List.of("admin"))).post(KEYS).then().statusCode(422)
                .body("errors.field", hasItem("name"));
        editor().body(Map.of("name", "n".repeat(101), "scopes", List.of("admin"))).post(KEYS).then().statusCode(422)
                .body("errors.field", hasItem("name"));
        editor().body(Map.of("name", "x", "scopes", List.of("admin"), "secret", "mine")).post(KEYS).then()
                .statusCode(400);
        editor().get(KEYS + "/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        editor().delete(KEYS + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }
}
