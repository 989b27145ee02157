package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Every write of an article keeps a revision with why, who and a snapshot; editors read, compare and restore them,
 * everyone else meets the 404 of an unknown article; a restore is a new revision, never a rewrite.
 */
@QuarkusTest
class ArticleRevisionsTest {

    @Test
    void eachWriteKeepsARevisionNumberedByItsVersionWithWhyAndWho() {
        String tag = createTag("Revised " + unique()).path("slug");
        var created = createArticle(Map.of("title", "Talks in Vienna " + unique(), "body", "The talks began.",
                "tags", List.of(tag)));
        String path = "/api/v1/articles/" + created.path("id");
        String etag = mergePatch(created.header("ETag")).body(Map.of("body", "The talks began on Thursday."))
                .patch(path).then().statusCode(200).extract().header("ETag");
        mergePatch(etag).body(Map.of("status", "published")).patch(path).then().statusCode(200);
        String readersEtag = given().get(path).then().statusCode(200).extract().header("ETag");

        editor().get(path + "/revisions").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("ETag", notNullValue())
                .body("items.number", contains(2, 1, 0))
                .body("items.reason", contains("published", "edited", "created"))
                .body("items.madeBy.keyName", contains("env", "env", "env"))
                .body("items[0].publicEtag", equalTo(readersEtag))
                .body("items[1].publicEtag", nullValue());
        editor().get(path + "/revisions/1").then().statusCode(200)
                .body("number", equalTo(1))
                .body("snapshot.body", equalTo("The talks began on Thursday."))
                .body("snapshot.status", equalTo("draft"))
                .body("snapshot.tags.slug", contains(tag));
    }

    @Test
    void aStoredKeyIsNamedInTheRevisionsItMakes() {
        String name = "night desk " + unique();
        var key = Api.editor().body(Map.of("name", name, "scopes", List.of("content:write"))).post("/api/v1/keys")
                .then().statusCode(201).extract();
        String id = given().header("Authorization", "Bearer " + key.path("secret"))
                .contentType("application/json").body(Map.of("title", "By a desk " + unique()))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        editor().get("/api/v1/articles/" + id + "/revisions/0").then().statusCode(200)
                .body("madeBy.keyName", equalTo(name))
                .body("madeBy.keyId", equalTo(key.path("id")));
    }

    @Test
    void aDiffNamesTheChangedFieldsWithAPatchAndWordRuns() {
        var created = createArticle(Map.of("title", "Lavrov met Blinken " + unique(), "body", "They met in Vienna."));
        String path = "/api/v1/articles/" + created.path("id");
        mergePatch(created.header("ETag")).body(Map.of("body", "They met briefly in Vienna.")).patch(path)
                .then().statusCode(200);

        editor().get(path + "/revisions/1/diff").then().statusCode(200)
                .body("number", equalTo(1))
                .body("against", equalTo(0))
                .body("changed", contains("body"))
                .body("patch.path", hasItem("/body"))
                .body("words.body.op", hasItems("equal", "insert"))
                .body("words.body.findAll { it.op == 'insert' }.text.join('')", equalTo("briefly "));
        // Against an explicit revision, and the first one against nothing: every field it has is added.
        editor().get(path + "/revisions/0/diff?against=1").then().statusCode(200)
                .body("against", equalTo(1)).body("changed", contains("body"));
        editor().get(path + "/revisions/0/diff").then().statusCode(200)
                .body("against", nullValue()).body("changed", hasItems("title", "body", "status"));
    }

    @Test
    void aRestoreMakesANewRevisionWithTheOldContentAndKeepsTheStatus() {
        var created = createArticle(Map.of("title", "First title " + unique(), "status", "published"));
        String id = created.path("id");
        String path = "/api/v1/articles/" + id;
        String original = created.path("title");
        String etag = mergePatch(created.header("ETag")).body(Map.of("title", "A bad edit")).patch(path)
                .then().statusCode(200).extract().header("ETag");
        given().get(path).then().body("title", equalTo("A bad edit"));

        editor().post(path + "/revisions/0/restore").then().statusCode(428).contentType(Api.PROBLEM);
        editor().header("If-Match", created.header("ETag")).post(path + "/revisions/0/restore")
                .then().statusCode(412).contentType(Api.PROBLEM);
        editor().header("If-Match", etag).post(path + "/revisions/0/restore").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo(original)).body("status", equalTo("published")).body("version", equalTo(2));

        given().get(path).then().statusCode(200).body("title", equalTo(original));
        editor().get(path + "/revisions").then().body("items.reason", contains("restored", "edited", "created"));
        editor().get(path + "/revisions/2/diff?against=0").then().statusCode(200).body("changed", empty());
    }

    @Test
    void aDeletedArticlesHistoryStaysReadableByIdAndCannotBeRestored() {
        var created = createArticle(Map.of("title", "Withdrawn " + unique()));
        String id = created.path("id");
        editor().header("If-Match", created.header("ETag")).delete("/api/v1/articles/" + id)
                .then().statusCode(204);

        editor().get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .body("items.number", contains(1, 0)).body("items.reason", contains("deleted", "created"));
        editor().get("/api/v1/articles/" + created.path("slug") + "/revisions").then().statusCode(404);
        editor().header("If-Match", created.header("ETag")).post("/api/v1/articles/" + id + "/revisions/0/restore")
                .then().statusCode(404).contentType(Api.PROBLEM);
    }

    @Test
    void readersAndReadKeysMeetTheUnknownArticles404() {
        var created = createArticle(Map.of("title", "Published history " + unique(), "status", "published"));
        String path = "/api/v1/articles/" + created.path("id");
        String readKey = editor().body(Map.of("name", "app " + unique(), "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        for (String sub : List.of("/revisions", "/revisions/0", "/revisions/0/diff")) {
            given().get(path + sub).then().statusCode(404).contentType(Api.PROBLEM);
            given().header("Authorization", "Bearer " + readKey).get(path + sub).then().statusCode(404)
                    .contentType(Api.PROBLEM);
        }
        given().header("Authorization", "Bearer " + readKey).header("If-Match", created.header("ETag"))
                .post(path + "/revisions/0/restore").then().statusCode(403);
    }

    @Test
    void badRevisionReferencesAreProblemsAndWriteNothing() {
        var created = createArticle(Map.of("title", "Numbers " + unique()));
        String path = "/api/v1/articles/" + created.path("id");
        editor().get(path + "/revisions/7").then().statusCode(404).contentType(Api.PROBLEM);
        editor().get(path + "/revisions/x1").then().statusCode(404).contentType(Api.PROBLEM);
        editor().get(path + "/revisions/99999999999999999999").then().statusCode(404);
        editor().get(path + "/revisions/0/diff?against=0").then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("against"));
        editor().get(path + "/revisions/0/diff?against=-1").then().statusCode(400).contentType(Api.PROBLEM);
        editor().get(path + "/revisions/0/diff?against=5").then().statusCode(404);
        editor().header("If-Match", created.header("ETag")).post(path + "/revisions/5/restore")
                .then().statusCode(404).contentType(Api.PROBLEM);
        editor().get(path + "/revisions?cursor=nonsense").then().statusCode(400);
        ExtractableResponse<Response> after = editor().get(path).then().extract();
        assertEquals(0, (int) after.path("version"));
        editor().get(path + "/revisions").then().body("items.number", contains(0));
    }

    @Test
    void historyPagesNewestFirstByCursorAndByNumber() {
        var created = createArticle(Map.of("title", "Many edits " + unique()));
        String path = "/api/v1/articles/" + created.path("id");
        String etag = created.header("ETag");
        for (int i = 1; i <= 4; i++) {
            etag = mergePatch(etag).body(Map.of("subtitle", "Edit " + i)).patch(path).then().statusCode(200)
                    .extract().header("ETag");
        }
        String next = editor().get(path + "/revisions?limit=2").then().statusCode(200)
                .body("items.number", contains(4, 3)).extract().path("links.next");
        editor().get(next).then().statusCode(200).body("items.number", contains(2, 1));
        editor().get(path + "/revisions?page=3&limit=2").then().statusCode(200)
                .body("items.number", contains(0)).body("page.totalItems", equalTo(5));
    }
}
