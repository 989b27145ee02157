package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Lists filtered by tag or person, which walk the link rows in list order (their sort key is kept on them by
 * triggers), and the published-article counts that triggers keep: both must follow every publish, unpublish,
 * relink and delete.
 */
@QuarkusTest
class LinkedListsTest {

    private static final String ARTICLES = "/api/v1/articles";

    private static String published(String title, List<String> tags, List<Map<String, String>> people) {
        return createArticle(Map.of("title", title + " " + unique(), "status", "published", "tags", tags,
                "people", people)).path("id");
    }

    private static Map<String, String> as(String person, String role) {
        return Map.of("person", person, "role", role);
    }

    // Follows one link relation ("next" or "prev") from a page to the end, collecting ids in list order.
    private static List<String> follow(String first, String relation) {
        List<String> ids = new ArrayList<>();
        String link = first;
        while (link != null) {
            // Links come encoded already.
            ExtractableResponse<Response> page = given().urlEncodingEnabled(false).get(link).then().log()
                    .ifValidationFails().statusCode(200)
                    .extract();
            List<String> items = page.path("items.id");
            if (relation.equals("prev")) {
                ids.addAll(0, items);
            } else {
                ids.addAll(items);
            }
            link = page.path("links." + relation);
        }
        return ids;
    }

    @Test
    void anyOfMergesEachTagsWalkOnceEachWayAndLeavesDraftsOut() {
        String a = createTag("Any A " + unique()).path("slug");
        String b = createTag("Any B " + unique()).path("slug");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            List<String> tags = i % 3 == 0 ? List.of(a, b) : List.of(i % 3 == 1 ? a : b);
            created.add(published("Any " + i, tags, List.of()));
        }
        createArticle(Map.of("title", "Draft " + unique(), "tags", List.of(a, b)));
        Collections.reverse(created);

        List<String> forwards = follow(ARTICLES + "?anyTag=" + a + "," + b + "&limit=3", "next");
        assertEquals(created, forwards, "newest first, an article with both tags once, no draft");
        String last = given().urlEncodingEnabled(false).get(ARTICLES + "?anyTag=" + a + "," + b + "&limit=3").then()
                .extract()
                .path("links.next");
        last = given().urlEncodingEnabled(false).get(last).then().extract().path("links.next");
        List<String> backwards = follow(last, "prev");
        assertEquals(created, backwards, "read back from the last page by prev links");

        List<String> oldestFirst = new ArrayList<>(created);
        Collections.reverse(oldestFirst);
        assertEquals(oldestFirst, follow(ARTICLES + "?anyTag=" + a + "," + b + "&sort=publishedAt&limit=2", "next"));
        assertEquals(List.of(created.get(0), created.get(3), created.get(6)),
                follow(ARTICLES + "?tag=" + a + "&tag=" + b + "&limit=2", "next"), "all-of: both tags");
    }

    @Test
    void aPersonInTwoRolesListsTheArticleOnceAndAuthorFiltersByRole() {
        String person = createPerson("Two Roles " + unique()).path("slug");
        String both = published("Both", List.of(), List.of(as(person, "author"), as(person, "subject")));
        String quoted = published("Quoted", List.of(), List.of(as(person, "quoted")));
        String written = published("Written", List.of(), List.of(as(person, "author")));

        assertEquals(List.of(written, quoted, both), follow(ARTICLES + "?person=" + person + "&limit=1", "next"));
        assertEquals(List.of(written, both), follow(ARTICLES + "?author=" + person + "&limit=1", "next"));
        given().get("/api/v1/people/" + person).then().statusCode(200).body("articleCount", equalTo(3));
    }

    @Test
    void countsAndListsFollowPublishingRelinkingAndDeleting() {
        String tag = createTag("Counted " + unique()).path("slug");
        String other = createTag("Other " + unique()).path("slug");
        String person = createPerson("Counted " + unique()).path("slug");
        String first = published("First", List.of(tag), List.of(as(person, "subject")));
        String second = published("Second", List.of(tag), List.of(as(person, "subject"), as(person, "quoted")));
        assertCounts(tag, 2, person, 2);
        assertEquals(List.of(second, first), follow(ARTICLES + "?tag=" + tag, "next"));

        String path = ARTICLES + "/" + first;
        mergePatch(etagOf(path)).body(Map.of("status", "draft")).patch(path).then().statusCode(200);
        assertCounts(tag, 1, person, 1);
        assertEquals(List.of(second), follow(ARTICLES + "?tag=" + tag, "next"), "unpublished: out of the list");

        mergePatch(etagOf(path)).body(Map.of("status", "published")).patch(path).then().statusCode(200);
        assertCounts(tag, 2, person, 2);

        String secondPath = ARTICLES + "/" + second;
        mergePatch(etagOf(secondPath)).body(Map.of("tags", List.of(other), "people", List.of())).patch(secondPath)
                .then().statusCode(200);
        assertCounts(tag, 1, person, 1);
        given().get("/api/v1/tags/" + other).then().body("articleCount", equalTo(1));
        assertEquals(List.of(second), follow(ARTICLES + "?tag=" + other, "next"), "relinked");

        editor().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        assertCounts(tag, 0, person, 0);
        given().get(ARTICLES + "?tag=" + tag).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void numberedPagesReachTheFirstTenThousandItems() {
        given().queryParam("page", 500).queryParam("limit", 20).get(ARTICLES).then().statusCode(200);
        given().queryParam("page", 501).queryParam("limit", 20).get(ARTICLES).then().statusCode(400)
                .contentType(Api.PROBLEM).body("errors[0].field", equalTo("page"));
        given().queryParam("page", 1).get(ARTICLES).then().statusCode(200).body("page.totalCapped", nullValue());
    }

    private static void assertCounts(String tag, int tagged, String person, int linked) {
        given().get("/api/v1/tags/" + tag).then().statusCode(200).body("articleCount", equalTo(tagged));
        given().get("/api/v1/people/" + person).then().statusCode(200).body("articleCount", equalTo(linked));
    }
}
