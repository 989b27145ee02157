package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.PROBLEM;
import static news.dateline.contract.Contract.STRONG_VERSIONED_ETAG;
import static news.dateline.contract.Contract.UTC_TIMESTAMP;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertLocationNames;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.suffix;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An article's own operations keep the contract: its lifecycle, what an unpublished article answers without a key, and
 * unknown tags and people refused (422). Article lists are in ContractArticleListsTest; what articles answer alike
 * with tags and people is in ContractContentReadsTest, ContractContentBodiesTest and ContractContentWritesTest.
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractArticlesTest {

    @Test
    void articleLifecycleConformsToTheContract() {
        String suffix = suffix();
        Created osce = create(Kind.TAGS, Map.of("slug", "osce-" + suffix, "name", "OSCE " + suffix, "kind",
                "organisation"));
        Created ukraine = create(Kind.TAGS, Map.of("slug", "ukraine-" + suffix, "name", "Ukraine " + suffix, "kind",
                "place"));
        Created lavrov = create(Kind.PEOPLE, Map.of("slug", "sergei-lavrov-" + suffix, "name", "Sergei Lavrov",
                "title", "Russian Foreign Minister", "country", "RU"));
        String slug = "lavrov-and-blinken-meet-in-malta-" + suffix;

        ExtractableResponse<Response> created = editor()
                .contentType(ContentType.JSON)
                .body(Map.ofEntries(
                        Map.entry("slug", slug),
                        Map.entry("title", "Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine"),
                        Map.entry("subtitle", "Ukraine tops the agenda"),
                        Map.entry("body", "December 5, 2024 – Russian Foreign Minister **Sergei Lavrov** will meet"
                                + " U.S. Secretary of State Antony Blinken in Malta.\n\nUkraine will be the main topic."),
                        Map.entry("status", "published"),
                        Map.entry("publishAt", "2024-12-05T08:00:00Z"),
                        Map.entry("datelinePlace", "Malta"),
                        Map.entry("featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta.jpg",
                                "alt", "Foreign ministers in Malta")),
                        Map.entry("canonicalUrl", "https://dateline.news/2024/12/05/" + slug),
                        Map.entry("tags", List.of(osce.slug(), ukraine.id())),
                        Map.entry("people", List.of(Map.of("person", lavrov.slug(), "role", "subject")))))
                .when().post(Kind.ARTICLES.path)
                .then().statusCode(201)
                .header("Location", containsString(Kind.ARTICLES.path + "/"))
                .header("ETag", matchesPattern(STRONG_VERSIONED_ETAG))
                .body("slug", is(slug))
                .body("status", is("published"))
                .body("publishedAt", is("2024-12-05T08:00:00Z"))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .body("updatedAt", matchesPattern(UTC_TIMESTAMP))
                .body("version", is(0))
                .body("tags.slug", is(List.of(osce.slug(), ukraine.slug())))
                .body("people[0].slug", is(lavrov.slug()))
                .body("people[0].role", is("subject"))
                .body("featuredImage.credit", nullValue())
                .body("body", containsString("**Sergei Lavrov**"))
                .body("$", not(hasKey("bodyHtml")))
                .extract();
        String id = created.path("id");
        assertLocationNames(created.header("Location"), Kind.ARTICLES, id);

        // Published: anyone can read it, by id or by slug, and shared caches may keep it.
        String etag = anonymous().when().get(Kind.ARTICLES.path + "/" + slug)
                .then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_VERSIONED_ETAG))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("id", is(id))
                .body("bodyHtml", containsString("<strong>Sergei Lavrov</strong>"))
                .body("$", not(hasKey("body")))
                .extract().header("ETag");
        editor().when().get(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is(slug));

        etag = editor()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("title", "Lavrov and Blinken meet in Malta", "status", "published",
                        "publishAt", "2024-12-05T08:00:00Z", "tags", List.of(ukraine.slug())))
                .when().put(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"1-"))
                .body("slug", is(slug)) // a slug left out of a PUT is kept
                .body("subtitle", nullValue())
                .body("featuredImage", nullValue())
                .body("tags.slug", is(List.of(ukraine.slug())))
                .body("people", is(List.of()))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("subtitle", "Ukraine tops the agenda", "tags", List.of(osce.id(), ukraine.slug()),
                        "featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta-2.jpg")))
                .when().patch(Kind.ARTICLES.path + "/" + slug)
                .then().statusCode(200)
                .header("ETag", startsWith("\"2-"))
                .body("title", is("Lavrov and Blinken meet in Malta"))
                .body("subtitle", is("Ukraine tops the agenda"))
                .body("tags.slug", is(List.of(osce.slug(), ukraine.slug())))
                .body("featuredImage.url", is("https://cdn.dateline.news/images/malta-2.jpg"))
                .body("version", is(2))
                .extract().header("ETag");

        // featuredImage is merged member by member.
        etag = editor()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("featuredImage", Map.of("credit", "Dateline")))
                .when().patch(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .body("featuredImage.url", is("https://cdn.dateline.news/images/malta-2.jpg"))
                .body("featuredImage.credit", is("Dateline"))
                .body("version", is(3))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag)
                .when().delete(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(204);
        editor().when().get(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unpublishedArticlesAreNotFoundWithoutAKey() {
        String slug = "draft-" + suffix();
        create(Kind.ARTICLES, Map.of("slug", slug, "title", "Not yet"));
        String scheduled = "scheduled-" + suffix();
        create(Kind.ARTICLES, Map.of("slug", scheduled, "title", "Later", "status", "scheduled",
                "publishAt", "2099-01-01T00:00:00Z"));

        for (String ref : List.of(slug, scheduled)) {
            anonymous().when().get(Kind.ARTICLES.path + "/" + ref)
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", is("https://dateline.news/problems/not-found"))
                    .body("status", is(404))
                    .body("instance", is(Kind.ARTICLES.path + "/" + ref));
            editor().when().get(Kind.ARTICLES.path + "/" + ref).then().statusCode(200);
        }
    }

    @Test
    void unknownTagAndPersonRefsAreRejectedWith422() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("known-tag-" + suffix));
        Created article = create(Kind.ARTICLES, Kind.ARTICLES.minimal("refs-" + suffix));
        String one = Kind.ARTICLES.path + "/" + article.id();
        Map<String, Object> unknownTag = Map.of("title", "Fine",
                "tags", List.of(tag.slug(), "nagorno-karabach-" + suffix));

        expectProblem(editor().contentType(ContentType.JSON).body(unknownTag).when().post(Kind.ARTICLES.path).then(),
                422, "validation-failed", Kind.ARTICLES.path)
                .body("errors.field", is(List.of("tags[1]")));
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", article.etag()).body(unknownTag)
                .when().put(one).then(), 422, "validation-failed", one)
                .body("errors.field", is(List.of("tags[1]")));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", article.etag())
                .body(Map.of("people", List.of(Map.of("person", "nobody-" + suffix, "role", "author"))))
                .when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", is(List.of("people[0].person")));
        assertUnchanged(Kind.ARTICLES, article);
    }
}
