package news.dateline.cache;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Published responses are served from memory once rendered, byte for byte as the resource sent them, and never
 * outlive a change that alters them: one made through the API on this instance, or one committed by anybody else.
 */
@QuarkusTest
class ResponseCacheTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "ETag", "Last-Modified",
            "Cache-Control", "Vary", "Link", "Surrogate-Key");
    /** Between a read and the check whether its answer stayed cached. */
    private static final Duration PAUSE = Duration.ofMillis(200);

    @Inject
    ResponseCache cache;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aSecondAnonymousReadIsServedFromMemoryWithTheSameBytesAndHeaders() {
        String path = ARTICLES + "/" + publishedArticle("Served twice").path("slug");
        var miss = readUntilCached(path);
        sessionFactory.getStatistics().clear();
        var hit = given().get(path).then().statusCode(200).extract();
        assertEquals(0, sessionFactory.getStatistics().getPrepareStatementCount(), "a hit never asks the database");
        assertArrayEquals(miss.asByteArray(), hit.asByteArray());
        for (String header : KEPT_HEADERS) {
            assertEquals(miss.header(header), hit.header(header), header);
        }
    }

    @Test
    void aHitAnswersConditionalRequestsAndGzipFromTheStoredVariant() throws IOException {
        String path = ARTICLES + "/" + publishedArticle("Revalidated").path("slug");
        var first = readUntilCached(path);
        // A failure shows the exchange: whether a hit or the resource answered, and with which dates.
        var notModified = given().header("If-None-Match", first.header("ETag")).get(path).then().log()
                .ifValidationFails().statusCode(304).header("ETag", first.header("ETag")).extract();
        assertNull(notModified.header("Content-Type"), "a 304 has no content");
        assertEquals(first.header("Surrogate-Key"), notModified.header("Surrogate-Key"));
        given().header("If-None-Match", "W/" + first.header("ETag")).get(path).then().log().ifValidationFails()
                .statusCode(304);
        given().log().ifValidationFails().header("If-Modified-Since", first.header("Last-Modified")).get(path)
                .then().log().ifValidationFails().statusCode(304);
        given().header("If-None-Match", "\"0-stale\"").get(path).then().statusCode(200);

        var gzipped = given().config(RestAssuredConfig.config().decoderConfig(
                        DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip").extract();
        assertArrayEquals(first.asByteArray(), gunzip(gzipped.asByteArray()));
    }

    @Test
    void aWriteThroughTheApiIsVisibleOnTheNextRead() {
        var created = publishedArticle("Before the edit");
        String path = ARTICLES + "/" + created.path("slug");
        assertNull(readUntilCached(path).path("subtitle"));

        mergePatch(created.header("ETag"))
                .body(Map.of("subtitle", "After the edit")).patch(path).then().statusCode(200);
        assertNull(cache.get(path), "the commit dropped the article's cached view");
        given().get(path).then().statusCode(200).body("subtitle", equalTo("After the edit"));
    }

    @Test
    void aChangeDropsWhatShowedItAndEveryListButNotOtherArticles() {
        String tagId = createTag("Counted tag " + unique()).path("id");
        var edited = createArticle(Map.of("title", "Edited " + unique(), "status", "published",
                "tags", List.of(tagId)));
        String editedPath = ARTICLES + "/" + edited.path("slug");
        String otherPath = ARTICLES + "/" + publishedArticle("Untouched").path("slug");
        String tagPath = "/api/v1/tags/" + tagId;
        for (String path : List.of(editedPath, otherPath, ARTICLES, tagPath)) {
            readUntilCached(path);
        }

        mergePatch(edited.header("ETag"))
                .body(Map.of("status", "archived")).patch(editedPath).then().statusCode(200);
        assertNull(cache.get(editedPath), "the changed article");
        assertNull(cache.get(ARTICLES), "every list");
        assertNull(cache.get(tagPath), "a tag's view, whose count of published articles may have moved");
        assertNotNull(cache.get(otherPath), "another article's view stays");
        given().get(tagPath).then().statusCode(200).body("articleCount", equalTo(0));
    }

    @Test
    void aChangeCommittedByAnotherInstanceDropsWhatShowedIt() throws SQLException {
        var created = publishedArticle("Edited elsewhere");
        String path = ARTICLES + "/" + created.path("slug");
        assertNull(readUntilCached(path).path("subtitle"));

        // Another instance's write reaches this one only through the database: write there, past this JVM's services,
        // as another instance does, the change and its change log row in one transaction.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update article set subtitle = ?, version = version + 1 where slug = ?");
                PreparedStatement logged = connection.prepareStatement("insert into change_log (resource, entity_id,"
                        + " slug, action, was_public, is_public, changed_at) select 'article', id, slug, 'upsert',"
                        + " true, true, now() from article where slug = ?")) {
            connection.setAutoCommit(false);
            update.setString(1, "Changed by another instance");
            update.setString(2, created.path("slug"));
            assertEquals(1, update.executeUpdate());
            logged.setString(1, created.path("slug"));
            assertEquals(1, logged.executeUpdate());
            connection.commit();
        }
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertNull(cache.get(path), "the change log's notification named the article"));
        given().get(path).then().statusCode(200).body("subtitle", equalTo("Changed by another instance"));
    }

    @Test
    void keyedCallersAndUnpublishedWorkAreNeverCached() {
        var draft = createArticle(Map.of("title", "Draft " + unique()));
        String path = ARTICLES + "/" + draft.path("slug");
        editor().get(path).then().statusCode(200).header("Cache-Control", "private, no-store");
        assertNull(cache.get(path));
        given().get(path).then().statusCode(404);
        assertNull(cache.get(path));
    }

    @Test
    void surrogateKeysNameEverythingAResponseShows() {
        String tagId = createTag("Keyed tag " + unique()).path("id");
        String personId = createPerson("Keyed Person " + unique()).path("id");
        var article = createArticle(Map.of("title", "Keyed " + unique(), "status", "published",
                "tags", List.of(tagId), "people", List.of(Map.of("person", personId, "role", "subject"))));
        String articleId = article.path("id");

        List<String> single = keys(given().get(ARTICLES + "/" + articleId).then().statusCode(200).extract());
        assertTrue(single.containsAll(List.of("article:" + articleId, "tag:" + tagId, "person:" + personId)),
                single.toString());
        List<String> list = keys(given().queryParam("tag", tagId).queryParam("include", "tags")
                .get(ARTICLES).then().statusCode(200).extract());
        assertEquals("articles", list.get(0));
        assertTrue(list.containsAll(List.of("article:" + articleId, "tag:" + tagId)), list.toString());
        given().get("/api/v1/tags/" + tagId).then().statusCode(200).header("Surrogate-Key", "tag:" + tagId + " articles")
                .header("Vary", containsString("Authorization"));
        given().queryParam("q", "Keyed").get("/api/v1/search").then().statusCode(200)
                .header("Surrogate-Key", containsString("search"));
        given().get(ARTICLES + "/" + articleId).then().body("tags.id", hasItems(tagId));
    }

    /**
     * Reads a path until its answer stays cached. The notifications of the test's own setup writes reach the listener
     * a moment after the writes, and each drops what it names: read again after any of them landed.
     */
    private ExtractableResponse<Response> readUntilCached(String path) {
        AtomicReference<ExtractableResponse<Response>> response = new AtomicReference<>(read(path));
        // Each check comes a pause after the read before it, for the notifications in flight to land.
        await().alias(path + " stays cached").pollDelay(PAUSE).pollInterval(PAUSE).atMost(Duration.ofSeconds(10))
                .until(() -> {
                    if (cache.get(path) != null) {
                        return true;
                    }
                    response.set(read(path));
                    return false;
                });
        return response.get();
    }

    private static ExtractableResponse<Response> read(String path) {
        return given().get(path).then().statusCode(200).extract();
    }

    private static ExtractableResponse<Response> publishedArticle(String title) {
        return createArticle(Map.of("title", title + " " + unique(), "status", "published"));
    }

    private static List<String> keys(ExtractableResponse<Response> response) {
        return Arrays.asList(response.header("Surrogate-Key").split(" "));
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
