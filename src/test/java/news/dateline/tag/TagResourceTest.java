package news.dateline.tag;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/** Tags over HTTP: slugs from names, full replacement, validation, counts, deletion and walking the list. */
@QuarkusTest
class TagResourceTest {

    private static final String TAGS = "/api/v1/tags";

    @Test
    void aTagIsCreatedReplacedWholeAndDeletedOnlyAtItsCurrentVersion() {
        String u = unique();
        var created = editor().body(Map.of("name", "Nagorno-Karabakh " + u, "kind", "place",
                        "description", "Disputed region", "aliases", List.of("Karabakh", " Artsakh ")))
                .post(TAGS).then().statusCode(201).extract();
        String slug = created.path("slug");
        given().get(created.header("Location")).then().statusCode(200)
                .body("slug", equalTo("nagorno-karabakh-" + u))
                .body("kind", equalTo("place"))
                .body("aliases", contains("Karabakh", "Artsakh"))
                .body("articleCount", equalTo(0));

        String etag = editor().header("If-Match", created.header("ETag"))
                .body(Map.of("name", "Karabakh " + u)).put(TAGS + "/" + slug)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("kind", equalTo("topic"))
                .body("description", equalTo(null))
                .body("aliases.size()", equalTo(0))
                .extract().header("ETag");

        editor().header("If-Match", created.header("ETag")).delete(TAGS + "/" + slug).then().statusCode(412);
        editor().header("If-Match", etag).delete(TAGS + "/" + slug).then().statusCode(204);
        given().get(TAGS + "/" + slug).then().statusCode(404);
    }

    @Test
    void invalidFieldsAreListed() {
        editor().body(Map.of("name", "", "slug", "Not A Slug", "description", "x".repeat(2001))).post(TAGS)
                .then().statusCode(422)
                .contentType(Api.PROBLEM)
                .body("errors.field", containsInAnyOrder("name", "slug", "description"));
    }

    @Test
    void aTakenSlugConflicts() {
        String name = "Azerbaijan " + unique();
        createTag(name);
        editor().body(Map.of("name", name)).post(TAGS).then().statusCode(409)
                .contentType(Api.PROBLEM).body("errors[0].field", equalTo("slug"));
        String other = createTag("Armenia " + unique()).path("slug");
        mergePatch(etagOf(TAGS + "/" + other)).body(Map.of("slug", name.toLowerCase().replace(' ', '-')))
                .patch(TAGS + "/" + other).then().statusCode(409);
    }

    @Test
    void articleCountsOnlyPublishedArticles() {
        String tag = createTag("Counted " + unique()).path("slug");
        createArticle(Map.of("title", "Published " + unique(), "status", "published", "tags", List.of(tag)));
        createArticle(Map.of("title", "Draft " + unique(), "tags", List.of(tag)));
        given().get(TAGS + "/" + tag).then().body("articleCount", equalTo(1));
        given().queryParam("limit", 100).get(TAGS).then().statusCode(200);
    }

    @Test
    void deletingATagRemovesItFromArticles() {
        String u = unique();
        String keep = createTag("Kept " + u).path("slug");
        String gone = createTag("Gone " + u).path("slug");
        String article = createArticle(Map.of("title", "Tagged " + u, "tags", List.of(gone, keep))).path("id");
        editor().header("If-Match", etagOf(TAGS + "/" + gone)).delete(TAGS + "/" + gone).then().statusCode(204);
        editor().get("/api/v1/articles/" + article).then().body("tags.slug", contains(keep));
    }

    @Test
    void aCursorWalkVisitsEveryTagOnce() {
        String u = unique();
        for (String name : List.of("Zulu ", "Alpha ", "Mike ")) {
            createTag(name + u);
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String next = TAGS + "?limit=7";
        while (next != null) {
            var page = given().get(next).then().statusCode(200).body("page.limit", equalTo(7)).extract();
            ids.addAll(page.path("items.id"));
            names.addAll(page.path("items.name"));
            next = page.path("links.next");
        }
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no tag twice");
        assertTrue(names.containsAll(List.of("Zulu " + u, "Alpha " + u, "Mike " + u)));
        given().queryParam("page", 1).get(TAGS).then().body("page.totalItems", equalTo(ids.size()));
    }
}
