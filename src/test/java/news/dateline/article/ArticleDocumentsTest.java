package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.cache.ResponseCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A published article is rendered when it changes and readers get the stored bytes: the same bytes and ETag the
 * entities would give, and never a document older than a committed change (to the article, a linked tag or person,
 * or a row written outside the service).
 */
@QuarkusTest
class ArticleDocumentsTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ResponseCache cache;

    @Inject
    ArticleDocumentWriter writer;

    @Test
    void aReadersArticleIsTheStoredDocumentByteForByte() throws SQLException {
        var created = linkedArticle("Stored once");
        String id = created.path("id");
        String bySlug = ARTICLES + "/" + created.path("slug");

        var stored = readWithoutEntities(bySlug);
        var storedById = readWithoutEntities(ARTICLES + "/" + id);
        assertArrayEquals(stored.asByteArray(), storedById.asByteArray());

        update("delete from article_document where article_id = ?", UUID.fromString(id));
        cache.invalidateAll();
        var rendered = given().get(bySlug).then().statusCode(200).extract();
        assertArrayEquals(rendered.asByteArray(), stored.asByteArray());
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Surrogate-Key")) {
            assertEquals(rendered.header(header), stored.header(header), header);
        }
        given().header("If-None-Match", stored.header("ETag")).get(bySlug).then().statusCode(304);
    }

    @Test
    void aListOfStoredItemsIsTheRenderedListByteForByte() throws SQLException {
        String tagId = createTag("Stored list " + unique()).path("id");
        List<String> ids = List.of(
                createArticle(Map.of("title", "First " + unique(), "status", "published", "tags", List.of(tagId),
                        "body", "One *two*")).path("id"),
                createArticle(Map.of("title", "Second " + unique(), "status", "published", "tags", List.of(tagId),
                        "body", "Three")).path("id"));
        for (String include : List.of("", "&include=tags", "&include=body,people", "&include=tags,people,body")) {
            String path = ARTICLES + "?tag=" + tagId + include;
            cache.invalidateAll();
            Statistics statistics = sessionFactory.getStatistics();
            statistics.clear();
            var stored = given().get(path).then().statusCode(200).body("items.size()", equalTo(2)).extract();
            assertEquals(0, statistics.getEntityLoadCount(), path + " is assembled from stored documents");

            for (String id : ids) {
                update("delete from article_document where article_id = ?", UUID.fromString(id));
            }
            cache.invalidateAll();
            var rendered = given().get(path).then().statusCode(200).extract();
            assertArrayEquals(rendered.asByteArray(), stored.asByteArray(), path);
            assertEquals(rendered.header("Surrogate-Key"), stored.header("Surrogate-Key"), path);
            assertEquals(rendered.header("ETag"), stored.header("ETag"), path);
            for (String id : ids) { // as if each had changed outside the service: queued, and rendered again
                update("update article set version = version where id = ?", UUID.fromString(id));
            }
            renderQueued(ids);
        }
    }

    @Test
    void aRenamedTagIsNeverReadInItsOldNameAndItsArticlesAreRenderedAgain() throws SQLException {
        var tag = createTag("Old tag name " + unique());
        var article = createArticle(Map.of("title", "Tagged " + unique(), "status", "published",
                "tags", List.of(tag.path("id").toString())));
        String path = ARTICLES + "/" + article.path("slug");
        readWithoutEntities(path);

        String newName = "New tag name " + unique();
        mergePatch(tag.header("ETag")).body(Map.of("name", newName)).patch("/api/v1/tags/" + tag.path("id"))
                .then().statusCode(200);
        given().get(path).then().statusCode(200).body("tags[0].name", equalTo(newName));
        renderQueued(List.of(article.<String>path("id")));
        assertEquals(newName, readWithoutEntities(path).path("tags[0].name"));
    }

    @Test
    void aChangeMadeOutsideTheServiceIsRenderedToo() throws SQLException {
        var article = createArticle(Map.of("title", "Retitled in SQL " + unique(), "status", "published"));
        String path = ARTICLES + "/" + article.path("slug");
        readWithoutEntities(path);

        update("update article set title = 'Fixed by hand', version = version + 1 where id = ?",
                UUID.fromString(article.path("id")));
        cache.invalidateAll();
        given().get(path).then().statusCode(200).body("title", equalTo("Fixed by hand"));
        renderQueued(List.of(article.<String>path("id")));
        assertEquals("Fixed by hand", readWithoutEntities(path).path("title"));
    }

    @Test
    void onlyPublishedArticlesHaveADocument() throws SQLException {
        var draft = createArticle(Map.of("title", "Draft " + unique()));
        UUID id = UUID.fromString(draft.path("id"));
        String path = ARTICLES + "/" + id;
        assertFalse(stored(id), "a draft");

        var published = mergePatch(draft.header("ETag")).body(Map.of("status", "published")).patch(path)
                .then().statusCode(200).extract();
        assertTrue(stored(id), "rendered in the publishing transaction");
        var archived = mergePatch(published.header("ETag")).body(Map.of("status", "archived")).patch(path)
                .then().statusCode(200).extract();
        assertFalse(stored(id), "archived");
        given().get(path).then().statusCode(404);

        editor().header("If-Match", archived.header("ETag")).delete(path).then().statusCode(204);
        assertFalse(stored(id), "deleted");
    }

    private ExtractableResponse<Response> linkedArticle(String title) {
        String tagId = createTag("Document tag " + unique()).path("id");
        String personId = createPerson("Document person " + unique()).path("id");
        return createArticle(Map.of("title", title + " " + unique(), "status", "published", "body", "A *body*.",
                "tags", List.of(tagId), "people", List.of(Map.of("person", personId, "role", "author"))));
    }

    /** A read that misses the in-memory cache and loads no entity: the stored document answered it. */
    private ExtractableResponse<Response> readWithoutEntities(String path) {
        cache.invalidateAll();
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        var response = given().get(path).then().statusCode(200).extract();
        assertEquals(0, statistics.getPrepareStatementCount(), path + " is read from its stored document");
        return response;
    }

    /** Runs the refresh job (off in this profile: see ScheduledPublishingTest) and checks it rendered these again. */
    private void renderQueued(List<String> ids) {
        writer.refresh();
        for (String id : ids) {
            assertTrue(stored(UUID.fromString(id)), id + " rendered again");
        }
    }

    /** Whether a current document is stored for the article (and it waits for no rendering). */
    private boolean stored(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select exists (select 1 from"
                        + " article_document d where d.article_id = ?) and not exists (select 1 from"
                        + " article_document_queue q where q.article_id = ?)")) {
            statement.setObject(1, id);
            statement.setObject(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
