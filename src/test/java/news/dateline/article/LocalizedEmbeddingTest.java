package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import news.dateline.cache.ResponseCache;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Articles name their tags and people in the article's own language, whatever the reader's: one set of bytes per
 * article URL. A stored document follows a renamed localisation.
 */
@QuarkusTest
class LocalizedEmbeddingTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    ResponseCache cache;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ArticleDocumentWriter writer;

    @Test
    void anAlbanianArticleNamesOsbeAndAnEnglishOneOsce() {
        String u = unique();
        var tag = osce(u);
        var person = editor().body(Map.of("name", "Sergei Lavrov " + u, "title", "Foreign Minister of Russia",
                        "localizations", Map.of("sq", Map.of("title", "Ministri i Jashtëm i Rusisë"))))
                .post("/api/v1/people").then().statusCode(201).extract();
        List<Map<String, String>> people = List.of(Map.of("person", person.path("id"), "role", "subject"));
        String sq = createArticle(Map.of("title", "OSBE në Maltë " + u, "language", "sq", "status", "published",
                "tags", List.of(tag.path("id").toString()), "people", people)).path("slug");
        String en = createArticle(Map.of("title", "OSCE in Malta " + u, "language", "en", "status", "published",
                "tags", List.of(tag.path("id").toString()), "people", people)).path("slug");
        String de = createArticle(Map.of("title", "OSZE in Malta " + u, "language", "de", "status", "published",
                "tags", List.of(tag.path("id").toString()))).path("slug");

        given().header("Accept-Language", "en").get(ARTICLES + "/" + sq).then().statusCode(200)
                .body("tags[0].name", equalTo("OSBE")).body("tags[0].language", nullValue())
                .body("people[0].name", equalTo("Sergei Lavrov " + u))
                .body("people[0].title", equalTo("Ministri i Jashtëm i Rusisë"))
                .header("Content-Language", equalTo("sq")); // the article's own language, whatever the reader asked
        given().header("Accept-Language", "sq").get(ARTICLES + "/" + en).then().statusCode(200)
                .header("Content-Language", equalTo("en"))
                .body("tags[0].name", equalTo("OSCE " + u)).body("tags[0].language", nullValue())
                .body("people[0].title", equalTo("Foreign Minister of Russia"));
        given().get(ARTICLES + "/" + de).then().statusCode(200)
                .body("tags[0].name", equalTo("OSCE " + u)).body("tags[0].language", equalTo("en"));
        // Lists of summaries (include=tags) and editors' reads from the entities name them alike.
        given().queryParam("language", "sq").queryParam("tag", tag.path("slug").toString())
                .queryParam("include", "tags").get(ARTICLES).then().statusCode(200)
                .body("items[0].tags[0].name", equalTo("OSBE"));
        editor().get(ARTICLES + "/" + sq).then().statusCode(200).body("tags[0].name", equalTo("OSBE"));
    }

    @Test
    void renamingTheAlbanianNameRendersTheStoredDocumentsOfAlbanianArticlesAgain() {
        String u = unique();
        var tag = osce(u);
        String path = ARTICLES + "/" + createArticle(Map.of("title", "OSBE " + u, "language", "sq",
                "status", "published", "tags", List.of(tag.path("id").toString()))).path("slug");
        assertEquals("OSBE", readFromStoredDocument(path));

        mergePatch(tag.header("ETag")).body(Map.of("localizations", Map.of("sq", Map.of("name", "OSBE e re"))))
                .patch("/api/v1/tags/" + tag.path("id")).then().statusCode(200);
        given().get(path).then().statusCode(200).body("tags[0].name", equalTo("OSBE e re"));
        writer.refresh();
        assertEquals("OSBE e re", readFromStoredDocument(path));
    }

    /** The article's first tag's name, read from its stored document (no entity loaded, no cache). */
    private String readFromStoredDocument(String path) {
        cache.invalidateAll();
        sessionFactory.getStatistics().clear();
        String name = given().get(path).then().statusCode(200).extract().path("tags[0].name");
        assertEquals(0, sessionFactory.getStatistics().getEntityLoadCount(), path + " from its stored document");
        return name;
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> osce(String u) {
        return editor().body(Map.of("name", "OSCE " + u, "kind", "organisation", "localizations",
                        Map.of("sq", Map.of("name", "OSBE"), "ru", Map.of("name", "ОБСЕ"))))
                .post("/api/v1/tags").then().statusCode(201).extract();
    }
}
