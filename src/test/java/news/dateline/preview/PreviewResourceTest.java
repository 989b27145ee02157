package news.dateline.preview;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * An editor mints a preview link of an unpublished article; whoever holds it reads, until it expires or is revoked,
 * the very bytes publishing will serve, and nothing any cache or crawler may keep. Everything else is a 404.
 */
@QuarkusTest
class PreviewResourceTest {

    private static final String PREVIEWS = "/api/v1/previews/";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPreviewIsTheBytesPublishingWillServe() {
        String tag = createTag("Previewed " + unique()).path("slug");
        String person = createPerson("Previewed person " + unique()).path("slug");
        var draft = createArticle(Map.of("title", "Ministers gather in Malta " + unique(),
                "body", "Ministers from **57 countries** gather in Malta.", "publishAt", "2024-12-05T08:00:00Z",
                "tags", List.of(tag), "people", List.of(Map.of("person", person, "role", "subject"))));
        String path = "/api/v1/articles/" + draft.path("slug");

        var minted = mint(path, Map.of());
        String token = minted.path("token");
        String url = minted.path("url");
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertEquals(minted.header("Location"), url);
        assertTrue(url.matches("^http://[^/]+/api/v1/previews/" + token + "$"), url);
        assertEquals(Duration.ofDays(1), Duration.between(Instant.parse(minted.path("createdAt")),
                Instant.parse(minted.path("expiresAt"))));

        var preview = given().get(PREVIEWS + token).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex")
                .header("Surrogate-Key", (String) null)
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo("2024-12-05T08:00:00Z"))
                .body("version", equalTo(draft.<Integer>path("version") + 1))
                .body("bodyHtml", containsString("<strong>57 countries</strong>"))
                .body("tags.slug", contains(tag))
                .extract();
        given().get(path).then().statusCode(404); // still a draft to readers

        mergePatch(draft.header("ETag")).body(Map.of("status", "published")).patch(path).then().statusCode(200);
        var published = given().get(path).then().statusCode(200).extract();
        // Only the time of publication differs: the preview could not know it.
        assertEquals(withoutUpdatedAt(published.asString()), withoutUpdatedAt(preview.asString()));

        // Once published, the preview is the published article itself, ETag and all.
        var now = given().get(PREVIEWS + token).then().statusCode(200).extract();
        assertEquals(published.asString(), now.asString());
        assertEquals(published.header("ETag"), now.header("ETag"));
        given().header("If-None-Match", now.header("ETag")).get(PREVIEWS + token).then().statusCode(304);
    }

    @Test
    void aRevisionsPreviewIsThatRevisionAsReadersGotIt() {
        String title = "Blinken arrives in Valletta " + unique();
        var created = createArticle(Map.of("title", title, "body", "He arrived.", "status", "published"));
        String path = "/api/v1/articles/" + created.path("id");
        mergePatch(created.header("ETag")).body(Map.of("title", title + ", late", "status", "draft")).patch(path)
                .then().statusCode(200);
        String readersEtag = editor().get(path + "/revisions/0").then().statusCode(200).extract().path("publicEtag");

        String first = mint(path, Map.of("revision", 0)).path("token");
        var preview = given().get(PREVIEWS + first).then().statusCode(200)
                .body("title", equalTo(title)).body("version", equalTo(0)).extract();
        assertEquals(readersEtag, preview.header("ETag"), "the bytes readers got for revision 0");
        given().get(PREVIEWS + mint(path, Map.of()).path("token")).then().statusCode(200)
                .body("title", equalTo(title + ", late"));
    }

    @Test
    void aTtlOutsideItsBoundsOrAnUnknownRevisionIs422AndMintsNothing() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Bounds " + unique())).path("slug");
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("ttlSeconds", 59),
                Map.of("ttlSeconds", 604801), Map.of("ttlSeconds", 0), Map.of("revision", -1),
                Map.of("revision", 7))) {
            editor().body(body).post(path + "/previews").then().statusCode(422).contentType(Api.PROBLEM)
                    .body("errors.field", hasItem(body.keySet().iterator().next()));
        }
        editor().body("{\"ttlSeconds\":\"a day\"}").post(path + "/previews").then().statusCode(400)
                .contentType(Api.PROBLEM);
        editor().body(Map.of("ttlSeconds", 604800)).post(path + "/previews").then().statusCode(201);
        editor().get(path + "/previews").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anExpiredLinkIs404() throws SQLException {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Expiring " + unique())).path("slug");
        var minted = mint(path, Map.of("ttlSeconds", 60));
        given().get(PREVIEWS + minted.path("token")).then().statusCode(200);
        try (Connection connection = dataSource.getConnection(); PreparedStatement expire = connection.prepareStatement(
                "update article_preview set created_at = created_at - interval '2 hours',"
                        + " expires_at = created_at - interval '1 hour' where id = ?")) {
            expire.setObject(1, UUID.fromString(minted.path("id")));
            assertEquals(1, expire.executeUpdate());
        }
        gone(minted.path("token"));
        editor().get(path + "/previews").then().statusCode(200).body("items", empty());
    }

    @Test
    void aRevokedLinkIs404AtOnceAndRevokingAgainChangesNothing() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Revoked " + unique())).path("slug");
        var minted = mint(path, Map.of());
        String token = minted.path("token");
        given().get(PREVIEWS + token).then().statusCode(200);
        String one = path + "/previews/" + minted.path("id");
        editor().delete(one).then().statusCode(204);
        gone(token);
        editor().delete(one).then().statusCode(204);
        editor().get(path + "/previews").then().statusCode(200).body("items", empty());

        String other = "/api/v1/articles/" + createArticle(Map.of("title", "Other " + unique())).path("slug");
        String theirs = mint(other, Map.of()).path("id");
        editor().delete(path + "/previews/" + theirs).then().statusCode(404).contentType(Api.PROBLEM);
        editor().delete(path + "/previews/" + UUID.randomUUID()).then().statusCode(404);
        editor().delete(path + "/previews/not-an-id").then().statusCode(404);
    }

    @Test
    void aTokenOfTheWrongShapeIs404() {
        String real = mint("/api/v1/articles/" + createArticle(Map.of("title", "Shapes " + unique())).path("id"),
                Map.of()).path("token");
        given().get(PREVIEWS + "x").then().statusCode(404).contentType(Api.PROBLEM);
        for (String wrong : List.of(real.substring(1), real + "A", real.substring(1) + "+",
                real.substring(1) + "=", real.substring(1) + ".", "A".repeat(43), "%00" + real.substring(3))) {
            gone(wrong);
        }
    }

    @Test
    void theListShowsLiveLinksNewestFirstAndNeverATokenOrItsDigest() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Listed " + unique())).path("slug");
        var older = mint(path, Map.of("revision", 0));
        var newer = mint(path, Map.of("ttlSeconds", 3600));
        var list = editor().get(path + "/previews").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.id", contains(newer.<String>path("id"), older.<String>path("id")))
                .body("items[1].revision", equalTo(0))
                .body("items[0].expiresAt", equalTo(newer.<String>path("expiresAt")))
                .body("items[0].createdBy.keyName", equalTo("env"))
                .extract();
        assertEquals(Set.of("id", "revision", "createdAt", "expiresAt", "createdBy"),
                list.<Map<String, Object>>path("items[0]").keySet());
        for (var minted : List.of(older, newer)) {
            assertFalse(list.asString().contains(minted.<String>path("token")), "a token in the list");
            assertFalse(list.asString().contains(PreviewTokens.digest(minted.path("token"))), "a digest in the list");
        }
    }

    @Test
    void readersCannotSeeListMintOrRevokeLinks() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Guarded " + unique(), "status",
                "published")).path("slug");
        String one = path + "/previews/" + mint(path, Map.of()).path("id");
        String readKey = "Bearer " + editor().body(Map.of("name", "app " + unique(), "scopes",
                List.of("content:read"))).post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().get(path + "/previews").then().statusCode(404).contentType(Api.PROBLEM);
        given().header("Authorization", readKey).get(path + "/previews").then().statusCode(404);
        given().contentType("application/json").body("{}").post(path + "/previews").then().statusCode(401);
        given().header("Authorization", readKey).contentType("application/json").body("{}")
                .post(path + "/previews").then().statusCode(403);
        given().delete(one).then().statusCode(401);
        given().header("Authorization", readKey).delete(one).then().statusCode(403);
        editor().get(path + "/previews").then().statusCode(200).body("items", hasSize(1));
        editor().body("{}").post("/api/v1/articles/no-such-article-" + unique() + "/previews").then().statusCode(404);
    }

    @Test
    void aDeletedArticleTakesItsLinksAlong() {
        var created = createArticle(Map.of("title", "Withdrawn " + unique()));
        String path = "/api/v1/articles/" + created.path("id");
        String token = mint(path, Map.of()).path("token");
        editor().header("If-Match", created.header("ETag")).delete(path).then().statusCode(204);
        gone(token);
    }

    @Test
    void anArticleHasAtMostAHundredLiveLinks() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Popular " + unique())).path("id");
        String first = null;
        for (int i = 0; i < PreviewService.MOST_LIVE; i++) {
            String id = mint(path, Map.of()).path("id");
            first = first == null ? id : first;
        }
        editor().body("{}").post(path + "/previews").then().statusCode(422).contentType(Api.PROBLEM);
        editor().delete(path + "/previews/" + first).then().statusCode(204);
        mint(path, Map.of());
    }

    private static ExtractableResponse<Response> mint(String articlePath, Map<String, ?> body) {
        return editor().body(body).post(articlePath + "/previews").then().statusCode(201)
                .header("Cache-Control", "private, no-store")
                .body("expiresAt", matchesPattern("^\\d{4}-.*Z$")).extract();
    }

    /** The one answer to anything but a live token: a 404 problem that names nothing. */
    private static void gone(String token) {
        given().urlEncodingEnabled(false).get(PREVIEWS + token).then().statusCode(404).contentType(Api.PROBLEM)
                .body("detail", not(containsString(token)));
    }

    private static String withoutUpdatedAt(String json) {
        return json.replaceFirst("\"updatedAt\":\"[^\"]*\"", "\"updatedAt\":\"…\"");
    }
}
