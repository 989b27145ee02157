package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Public notes (corrections, clarifications, updates) on published articles: added as a write of the article (a new
 * version and ETag, a revision with reason {@code corrected}, an upsert in the change stream), shown newest first in
 * the article, its JSON-LD and the corrections feed, moving {@code contentUpdatedAt} where a retag does not; and every
 * bad request refused with nothing written. Webhooks' {@code article.corrected} is in {@code WebhookDeliveryTest}.
 */
@QuarkusTest
class CorrectionsTest {

    private static final String PUBLISHED = "2024-12-05T08:00:00Z";

    @Test
    void aNoteIsAWriteOfTheArticleAnsweredWith201TheNoteTheArticlesLocationAndItsNewEtag() {
        var article = published("Noted " + unique());
        String id = article.path("id");
        String path = "/api/v1/articles/" + id;
        var added = note(path, article.header("ETag"), Map.of("kind", "correction",
                "text", "An earlier version gave the wrong **date**.", "at", "2024-12-06T10:00:00Z"))
                .statusCode(201)
                .header("Location", endsWith(path))
                .header("ETag", startsWith("\"1-"))
                .header("Cache-Control", "private, no-store")
                .body("id", notNullValue())
                .body("kind", equalTo("correction"))
                .body("text", equalTo("An earlier version gave the wrong **date**."))
                .body("html", equalTo("<p>An earlier version gave the wrong <strong>date</strong>.</p>"))
                .body("at", equalTo("2024-12-06T10:00:00Z"))
                .extract();

        given().get(path).then().statusCode(200)
                .body("version", equalTo(1))
                .body("publishedAt", equalTo(PUBLISHED))
                .body("contentUpdatedAt", equalTo("2024-12-06T10:00:00Z"))
                .body("corrections.id", contains((String) added.path("id")))
                .body("corrections[0].html",
                        equalTo("<p>An earlier version gave the wrong <strong>date</strong>.</p>"));
        editor().get(path + "/revisions").then().statusCode(200)
                .body("items.reason", contains("corrected", "created"));
        // The answer's ETag is the article's: the next write states it.
        mergePatch(added.header("ETag")).body(Map.of("subtitle", "Now with a subtitle")).patch(path)
                .then().statusCode(200);
    }

    @Test
    void notesComeNewestFirstAndContentUpdatedAtIsTheLatestNotTheLastWritten() {
        String tag = Api.createTag("Twice noted " + unique()).path("slug");
        var article = createArticle(Map.of("title", "Twice noted " + unique(), "status", "published",
                "publishAt", PUBLISHED, "tags", List.of(tag)));
        String path = "/api/v1/articles/" + article.path("id");
        note(path, etagOf(path), Map.of("kind", "update", "text", "Talks resumed.", "at", "2024-12-07T09:00:00Z"))
                .statusCode(201);
        note(path, etagOf(path), Map.of("kind", "clarification", "text", "The meeting was in Valletta.",
                "at", "2024-12-06T09:00:00Z")).statusCode(201);

        for (var reader : List.of(given(), editor())) {
            reader.get(path).then().statusCode(200)
                    .body("corrections.kind", contains("update", "clarification"))
                    .body("corrections.at", contains("2024-12-07T09:00:00Z", "2024-12-06T09:00:00Z"))
                    .body("contentUpdatedAt", equalTo("2024-12-07T09:00:00Z"));
        }
        given().queryParam("tag", tag).get("/api/v1/articles").then().statusCode(200)
                .body("items.contentUpdatedAt", contains("2024-12-07T09:00:00Z"));
    }

    @Test
    void aRetagOrAPlainEditMovesOnlyUpdatedAtAndAnEditThatSaysSoMovesContentUpdatedAt() {
        var article = published("Retagged " + unique());
        String path = "/api/v1/articles/" + article.path("id");
        String tag = Api.createTag("Retag " + unique()).path("slug");
        mergePatch(article.header("ETag")).body(Map.of("tags", List.of(tag), "body", "Typo fixed.")).patch(path)
                .then().statusCode(200).body("contentUpdatedAt", nullValue());
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String said = mergePatch(etagOf(path)).body(Map.of("body", "A new paragraph.", "contentUpdated", true))
                .patch(path).then().statusCode(200).extract().path("contentUpdatedAt");
        assertEquals(said, given().get(path).then().statusCode(200).extract().path("updatedAt"));
        assertEquals(false, Instant.parse(said).isBefore(before));

        // Feed entries are updated when readers should see them so: a later plain edit changes nothing. (The feed of
        // this test's own tag: in a shared database the article may be past the newest hundred of every article.)
        mergePatch(etagOf(path)).body(Map.of("subtitle", "Edited quietly")).patch(path).then().statusCode(200);
        XmlPath atom = new XmlPath(given().get("/feeds/tags/" + tag + ".atom").then()
                .statusCode(200).extract().asString());
        assertEquals(Instant.parse(said).truncatedTo(ChronoUnit.SECONDS),
                Instant.parse(atom.getString("feed.entry.find { it.id == 'urn:uuid:" + article.path("id")
                        + "' }.updated")));
    }

    @Test
    void jsonLdCarriesCorrectionsAndClarificationsAsCorrectionCommentsAndDateModifiedAsReadersSeeIt() {
        String path = "/api/v1/articles/" + published("Linked data noted " + unique()).path("id");
        note(path, etagOf(path), Map.of("kind", "correction", "text", "The *figure* was 57, not 56.",
                "at", "2024-12-06T09:00:00Z")).statusCode(201);
        note(path, etagOf(path), Map.of("kind", "update", "text", "Talks resumed.", "at", "2024-12-07T09:00:00Z"))
                .statusCode(201);

        JsonPath ld = JsonPath.from(given().get(path + "/jsonld").then().statusCode(200).extract().asString());
        assertEquals(PUBLISHED, ld.getString("datePublished"));
        assertEquals("2024-12-07T09:00:00Z", ld.getString("dateModified"), "the update, as readers see it");
        assertEquals(List.of(Map.of("@type", "CorrectionComment", "text", "The figure was 57, not 56.",
                "datePublished", "2024-12-06T09:00:00Z")), ld.getList("correction"), "corrections, not updates");
    }

    @Test
    void theCorrectionsFeedListsTheNewestNotesEachLinkingItsArticleAndForgetsUnpublishedOnes() {
        var article = published("Fed noted " + unique());
        String slug = article.path("slug");
        String path = "/api/v1/articles/" + article.path("id");
        String noteId = note(path, article.header("ETag"), Map.of("kind", "correction", "text", "A name was misspelt."))
                .statusCode(201).extract().path("id");
        String urn = "urn:uuid:" + noteId;

        JsonPath json = JsonPath.from(given().get("/feeds/corrections.json").then().statusCode(200)
                .header("Content-Type", startsWith("application/feed+json"))
                .header("Surrogate-Key", containsString("article:" + article.path("id")))
                .extract().asString());
        assertEquals(urn, json.getString("items[0].id"));
        assertEquals(true, json.getString("items[0].url").endsWith("/articles/" + slug));
        assertEquals("Correction: " + article.path("title"), json.getString("items[0].title"));
        assertEquals("<p>A name was misspelt.</p>", json.getString("items[0].content_html"));
        XmlPath rss = new XmlPath(given().get("/feeds/corrections.rss").then().statusCode(200)
                .header("Content-Type", startsWith("application/rss+xml")).extract().asString());
        assertEquals(urn, rss.getString("rss.channel.item[0].guid"));
        assertEquals(true, rss.getString("rss.channel.item[0].link").endsWith("/articles/" + slug));
        XmlPath atom = new XmlPath(given().get("/feeds/corrections.atom").then().statusCode(200)
                .header("Content-Type", startsWith("application/atom+xml")).extract().asString());
        assertEquals(urn, atom.getString("feed.entry[0].id"));
        String etag = given().get("/feeds/corrections.atom").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/feeds/corrections.atom").then().statusCode(304);

        mergePatch(etagOf(path)).body(Map.of("status", "archived")).patch(path).then().statusCode(200);
        assertEquals(false, JsonPath.from(given().queryParam("limit", 100).get("/feeds/corrections.json").then()
                .statusCode(200).extract().asString()).getList("items.id").contains(urn), "archived: gone");
        given().queryParam("limit", 101).get("/feeds/corrections.json").then().statusCode(400);
    }

    @Test
    void theChangeStreamSeesANoteAsAnUpsertOfTheArticleShowingIt() {
        var article = published("Streamed note " + unique());
        String id = article.path("id");
        String since = Api.changeStreamHead();
        note("/api/v1/articles/" + id, article.header("ETag"), Map.of("kind", "update", "text", "Talks resumed."))
                .statusCode(201);

        given().queryParam("since", since).get("/api/v1/changes").then().statusCode(200)
                .body("changes.id", contains(id))
                .body("changes[0].action", equalTo("upsert"))
                .body("changes[0].data.corrections.text", contains("Talks resumed."))
                .body("changes[0].data.contentUpdatedAt", notNullValue());
    }

    @Test
    void aNoteOnADraftAScheduledOrAnArchivedArticleIs422AndWritesNothing() {
        var draft = createArticle(Map.of("title", "Draft noted " + unique()));
        refusedWithNothingWritten("/api/v1/articles/" + draft.path("id"), draft.header("ETag"),
                Map.of("kind", "correction", "text", "Not yet."), 422, "status");
        var archived = published("Archived noted " + unique());
        String path = "/api/v1/articles/" + archived.path("id");
        String etag = mergePatch(archived.header("ETag")).body(Map.of("status", "archived")).patch(path).then()
                .statusCode(200).extract().header("ETag");
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "Too late."), 422, "status");
    }

    @Test
    void badNotesAre4xxProblemsAndWriteNothing() {
        var article = published("Refused notes " + unique());
        String path = "/api/v1/articles/" + article.path("id");
        String etag = article.header("ETag");
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "x".repeat(2001)), 422, "text");
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", " "), 422, "text");
        refusedWithNothingWritten(path, etag, Map.of("text", "No kind."), 422, "kind");
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "Soon.",
                "at", Instant.now().plus(1, ChronoUnit.DAYS).toString()), 422, "at");
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "Before it was out.",
                "at", "2024-12-04T08:00:00Z"), 422, "at");
        refusedWithNothingWritten(path, etag, Map.of("kind", "erratum", "text", "Unknown kind."), 400, null);
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "Extra.", "by", "me"), 400, null);
        refusedWithNothingWritten(path, null, Map.of("kind", "correction", "text", "No If-Match."), 428, null);
        String stale = mergePatch(etag).body(Map.of("subtitle", "Moved on")).patch(path).then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, stale);
        refusedWithNothingWritten(path, etag, Map.of("kind", "correction", "text", "Stale."), 412, null);
        refusedWithNothingWritten("/api/v1/articles/no-such-article-" + unique(), stale,
                Map.of("kind", "correction", "text", "Nowhere."), 404, null);
    }

    @Test
    void readersCannotAddNotes() {
        var article = published("Not yours to note " + unique());
        String path = "/api/v1/articles/" + article.path("id");
        Map<String, String> body = Map.of("kind", "correction", "text", "A reader's opinion.");
        given().contentType("application/json").header("If-Match", article.header("ETag")).body(body)
                .post(path + "/corrections").then().statusCode(401).contentType(Api.PROBLEM);
        String readKey = editor().body(Map.of("name", "reader " + unique(), "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + readKey).contentType("application/json")
                .header("If-Match", article.header("ETag")).body(body)
                .post(path + "/corrections").then().statusCode(403).contentType(Api.PROBLEM);
        given().get(path).then().statusCode(200).body("version", equalTo(0)).body("corrections", empty());
    }

    /** A published article first published at {@link #PUBLISHED}. */
    private static ExtractableResponse<Response> published(String title) {
        return createArticle(Map.of("title", title, "body", "The ministers met.", "status", "published",
                "publishAt", PUBLISHED));
    }

    private static ValidatableResponse note(String article, String etag, Map<String, ?> body) {
        var request = editor().body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.post(article + "/corrections").then();
    }

    /** The request is refused with a problem (naming the field, for a 422) and the article is as it was. */
    private static void refusedWithNothingWritten(String article, String etag, Map<String, ?> body, int status,
            String field) {
        Map<String, Object> before = new HashMap<>();
        boolean exists = editor().get(article).then().extract().statusCode() == 200;
        if (exists) {
            before = editor().get(article).then().extract().path("");
        }
        var refused = note(article, etag, body).statusCode(status).contentType(Api.PROBLEM);
        if (field != null) {
            refused.body("errors.field", hasItem(field));
        }
        if (exists) {
            assertEquals(before, editor().get(article).then().extract().path(""), "nothing written");
        }
    }

}
