package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.follow;
import static news.dateline.contract.Contract.linkHeader;
import static news.dateline.contract.Contract.nextCursor;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The article list keeps the contract: its pages, filters, sorts, search and includes, and the list parameters it
 * refuses (400).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractArticleListsTest {

    @Test
    void articleListPagesConformToTheContract() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("paged-" + suffix));
        for (int i = 1; i <= 3; i++) {
            create(Kind.ARTICLES, Map.of("slug", "listed-" + i + "-" + suffix, "title", "Listed " + i,
                    "status", "published", "publishAt", "2024-12-0" + i + "T08:00:00Z", "tags", List.of(tag.slug())));
        }
        create(Kind.ARTICLES, Map.of("slug", "unlisted-draft-" + suffix, "title", "A draft", "tags", List.of(tag.slug())));
        String list = Kind.ARTICLES.path + "?tag=" + tag.slug();

        // Without page: keyset pages, limit only, no totals and no last page.
        ExtractableResponse<Response> first = anonymous().queryParam("tag", tag.slug()).queryParam("limit", 2)
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]+\"$"))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("items.slug", is(List.of("listed-3-" + suffix, "listed-2-" + suffix)))
                .body("items.status", everyItem(is("published")))
                .body("items", everyItem(not(hasKey("body"))))
                .body("items", everyItem(not(hasKey("tags"))))
                .body("items", everyItem(not(hasKey("people"))))
                .body("items", everyItem(not(hasKey("highlight"))))
                .body("page", is(Map.of("limit", 2)))
                .body("links.self", is(list + "&limit=2"))
                .body("links.first", is(list + "&limit=2"))
                .body("links.prev", nullValue())
                .body("links.next", startsWith(list + "&limit=2&cursor="))
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(first.path("links")), first.header("Link"));

        ExtractableResponse<Response> second = follow(anonymous(), first.path("links.next"))
                .then().statusCode(200)
                .body("items.slug", is(List.of("listed-1-" + suffix)))
                .body("page", is(Map.of("limit", 2)))
                .body("links.prev", startsWith(list + "&limit=2&cursor="))
                .body("links.next", nullValue())
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(second.path("links")), second.header("Link"));

        follow(anonymous(), second.path("links.prev"))
                .then().statusCode(200)
                .body("items.slug", is(first.<List<String>>path("items.slug")))
                .body("links.prev", nullValue())
                .body("links.next", startsWith(list + "&limit=2&cursor="));

        // With page: numbered pages with totals and a last page.
        ExtractableResponse<Response> numbered = anonymous().queryParam("tag", tag.slug()).queryParam("page", 2)
                .queryParam("limit", 2).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of("listed-1-" + suffix)))
                .body("page", is(Map.of("number", 2, "limit", 2, "totalItems", 3, "totalPages", 2)))
                .body("links.self", is(list + "&page=2&limit=2"))
                .body("links.first", is(list + "&page=1&limit=2"))
                .body("links.prev", is(list + "&page=1&limit=2"))
                .body("links.next", nullValue())
                .body("links.last", is(list + "&page=2&limit=2"))
                .extract();
        assertEquals(linkHeader(numbered.path("links")), numbered.header("Link"));

        // Newest publishedAt first (ISO-8601 UTC strings of one format sort like the instants they name).
        List<String> published = anonymous().queryParam("limit", 100).when().get(Kind.ARTICLES.path)
                .then().statusCode(200).extract().path("items.publishedAt");
        List<String> newestFirst = new ArrayList<>(published);
        newestFirst.sort(Comparator.comparing(Instant::parse).reversed());
        assertEquals(newestFirst, published);

        // With a key drafts are listed too, and the answer is private.
        editor().queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("items.slug", hasItem("unlisted-draft-" + suffix));
        assertThat(allSlugs(Kind.ARTICLES, true), hasItem("unlisted-draft-" + suffix));
        assertThat(allSlugs(Kind.ARTICLES, false), not(hasItem("unlisted-draft-" + suffix)));
    }

    @Test
    void articleFiltersAndSortsConformToTheContract() {
        String s = suffix();
        Created osce = create(Kind.TAGS, Map.of("slug", "osce-" + s, "name", "OSCE " + s, "kind", "organisation"));
        Created malta = create(Kind.TAGS, Map.of("slug", "malta-" + s, "name", "Malta " + s, "kind", "place"));
        Created lavrov = create(Kind.PEOPLE, Map.of("slug", "sergei-lavrov-" + s, "name", "Sergei Lavrov " + s));
        Created reporter = create(Kind.PEOPLE, Map.of("slug", "reporter-" + s, "name", "Reporter " + s));
        String alpha = create(Kind.ARTICLES, Map.of("slug", "alpha-" + s, "title", "Alpha: Lavrov in Malta",
                "status", "published", "publishAt", "2024-12-05T08:00:00Z", "tags", List.of(osce.slug(), malta.slug()),
                "people", List.of(Map.of("person", lavrov.slug(), "role", "subject"),
                        Map.of("person", reporter.slug(), "role", "author")))).slug();
        String bravo = create(Kind.ARTICLES, Map.of("slug", "bravo-" + s, "title", "Bravo: an op-ed", "language", "de",
                "status", "published", "publishAt", "2024-06-15T10:00:00Z", "tags", List.of(osce.slug()),
                "people", List.of(Map.of("person", lavrov.slug(), "role", "author")))).slug();
        String charlie = create(Kind.ARTICLES, Map.of("slug", "charlie-" + s, "title", "Charlie: the budget",
                "status", "published", "publishAt", "2024-01-15T10:00:00Z", "tags", List.of(malta.slug()))).slug();
        String draft = create(Kind.ARTICLES, Map.of("slug", "delta-" + s, "title", "Delta: a draft",
                "tags", List.of(osce.slug()))).slug();
        String mine = osce.slug() + "," + malta.slug();

        // Tags: all of (repeated or comma-separated, by slug or id), any of.
        expectSlugs(anonymous().queryParam("tag", osce.slug()), alpha, bravo);
        expectSlugs(anonymous().queryParam("tag", osce.slug()).queryParam("tag", malta.id()), alpha);
        expectSlugs(anonymous().queryParam("tag", mine), alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine), alpha, bravo, charlie);
        expectSlugs(anonymous().queryParam("tag", "no-such-tag-" + s)); // names nothing: empty, not an error
        // People: any role, or authors only.
        expectSlugs(anonymous().queryParam("person", lavrov.slug()), alpha, bravo);
        expectSlugs(anonymous().queryParam("author", lavrov.slug()), bravo);
        expectSlugs(anonymous().queryParam("author", reporter.id()), alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("language", "de"), bravo);
        // Exclusions: none of these tags, none of these people (any role); one that names nothing excludes nothing.
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("notTag", malta.slug()), bravo);
        expectSlugs(anonymous().queryParam("tag", osce.slug()).queryParam("notPerson", reporter.id()), bravo);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("notTag", malta.slug() + ",no-such-tag-" + s)
                .queryParam("notPerson", lavrov.slug()));
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("notTag", "no-such-tag-" + s), alpha, bravo,
                charlie);
        // Status: honoured with a key; without one only published articles are ever listed.
        expectSlugs(editor().queryParam("tag", osce.slug()).queryParam("status", "draft"), draft);
        expectSlugs(editor().queryParam("tag", osce.slug()).queryParam("status", "draft,published"), alpha, bravo, draft);
        expectSlugs(anonymous().queryParam("tag", osce.slug()).queryParam("status", "draft"));
        // Dates and timestamps: publishedAfter and updatedSince inclusive, publishedBefore exclusive.
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedAfter", "2024-06-15T10:00:00Z"),
                alpha, bravo);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedBefore", "2024-06-15T12:00:00+02:00"),
                charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedAfter", "2024-02-01")
                .queryParam("publishedBefore", "2024-12-05"), bravo);
        String charlieUpdated = anonymous().when().get(Kind.ARTICLES.path + "/" + charlie)
                .then().statusCode(200).extract().path("updatedAt");
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("updatedSince", charlieUpdated), charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("updatedSince", "2999-01-01"));
        // Sorts; ties are broken by id.
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "-publishedAt"), alpha, bravo, charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "publishedAt"), charlie, bravo, alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "-updatedAt"), charlie, bravo, alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "title"), alpha, bravo, charlie);
    }

    /**
     * Full-text search is checked here for its shape only (each item carries a highlight, relevance is the
     * default order and can be named); what it matches and how it ranks is the search tests' business.
     */
    @Test
    void articleSearchConformsToTheContract() {
        String s = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("searched-" + s));
        String hit = create(Kind.ARTICLES, Map.of("slug", "searched-" + s, "title", "Lavrov and Blinken meet in Malta",
                "body", "Russian Foreign Minister Sergei Lavrov will meet Antony Blinken in Malta.",
                "status", "published", "tags", List.of(tag.slug()))).slug();

        anonymous().queryParam("q", "Lavrov").queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of(hit)))
                .body("items[0].highlight", notNullValue())
                .body("items[0]", not(hasKey("body")))
                .body("page", is(Map.of("limit", 20)));
        for (String q : List.of("Lavrov", "\"Lavrov and Blinken\"", "Lavrov OR Blinken", "Lavrov -Trump")) {
            anonymous().queryParam("q", q).queryParam("sort", "relevance").queryParam("tag", tag.slug())
                    .queryParam("limit", 5).when().get(Kind.ARTICLES.path)
                    .then().statusCode(200)
                    .body("items", everyItem(hasKey("highlight")))
                    .body("page", is(Map.of("limit", 5)));
        }
        // Another order can be asked for a search too; a blank q is no search.
        anonymous().queryParam("q", "Lavrov").queryParam("sort", "title").queryParam("tag", tag.slug())
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items", everyItem(hasKey("highlight")));
        anonymous().queryParam("q", " ").queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of(hit)))
                .body("items", everyItem(not(hasKey("highlight"))));
    }

    @Test
    void articleIncludesConformToTheContract() {
        String s = suffix();
        Created tag = create(Kind.TAGS, Map.of("slug", "included-" + s, "name", "Included " + s, "kind", "place"));
        Created person = create(Kind.PEOPLE, Map.of("slug", "included-person-" + s, "name", "Included " + s));
        create(Kind.ARTICLES, Map.of("slug", "included-" + s, "title", "Included parts",
                "body", "Ukraine will be the **main topic**.", "status", "published", "tags", List.of(tag.slug()),
                "people", List.of(Map.of("person", person.slug(), "role", "quoted"))));

        anonymous().queryParam("tag", tag.slug()).queryParam("include", "body,tags,people")
                .queryParam("formats", "markdown,html,text")
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items[0].body", is("Ukraine will be the **main topic**."))
                .body("items[0].bodyHtml", containsString("<strong>main topic</strong>"))
                .body("items[0].bodyText", is("Ukraine will be the main topic."))
                .body("items[0].tags.slug", is(List.of(tag.slug())))
                .body("items[0].people.slug", is(List.of(person.slug())))
                .body("items[0].people[0].role", is("quoted"));
        anonymous().queryParam("tag", tag.slug()).queryParam("include", "tags").queryParam("include", "people")
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("bodyHtml")))
                .body("items[0].tags.slug", is(List.of(tag.slug())))
                .body("items[0].people.slug", is(List.of(person.slug())));
    }

    @Test
    void badArticleListParametersAreRejectedWith400() {
        String path = Kind.ARTICLES.path;
        // Values the contract itself rules out: only the response is validated.
        Map<String, String> outOfContract = Map.of("include", "comments", "sort", "popularity", "status", "live",
                "publishedAfter", "yesterday", "publishedBefore", "2024-12-05 08:00", "updatedSince", "1733385600",
                "language", "English", "q", "Lavrov ".repeat(30));
        outOfContract.forEach((name, value) ->
                expectBadRequest(withoutKey().queryParam(name, value).when().get(path).then(), path)
                        .body("errors.field", is(List.of(name))));
        expectBadRequest(withoutKey().queryParam("include", "tags").queryParam("include", "comments")
                .when().get(path).then(), path)
                .body("errors.field", is(List.of("include")));

        // Values the contract allows that the server still refuses: the request is validated too.
        expectBadRequest(anonymous().queryParam("sort", "relevance").when().get(path).then(), path)
                .body("errors.field", is(List.of("sort")))
                .body("detail", containsString("q"));
        expectBadRequest(anonymous().queryParam("notTag", "no such tag").when().get(path).then(), path)
                .body("errors.field", is(List.of("notTag")));
        // A syntax error in q: what and where.
        expectBadRequest(anonymous().queryParam("q", "lavrov (blinken").when().get(path).then(), path)
                .body("errors.field", is(List.of("q")))
                .body("position", is(7))
                .body("detail", containsString("never closed"));
        expectBadRequest(anonymous().queryParam("q", "lavrov OR").when().get(path).then(), path)
                .body("position", is(7));
        expectBadRequest(anonymous().queryParam("updatedSince", "2024-13-01").when().get(path).then(), path)
                .body("errors.field", is(List.of("updatedSince")));
        expectBadRequest(anonymous().queryParam("publishedAfter", "2024-02-30T08:00:00Z").when().get(path).then(), path)
                .body("errors.field", is(List.of("publishedAfter")));
        // A cursor only moves through the query that issued it.
        String cursor = nextCursor(Kind.ARTICLES);
        expectBadRequest(anonymous().queryParam("cursor", cursor).queryParam("sort", "title").when().get(path).then(),
                path)
                .body("errors.field", is(List.of("cursor")));
        expectBadRequest(anonymous().queryParam("cursor", cursor).queryParam("tag", "osce").when().get(path).then(),
                path)
                .body("errors.field", is(List.of("cursor")));
    }

    /** The article list this request asks for holds exactly these articles, in this order. */
    private static void expectSlugs(RequestSpecification request, String... slugs) {
        request.when().get(Kind.ARTICLES.path).then().statusCode(200).body("items.slug", is(List.of(slugs)));
    }

    /** Every slug in a list, page by page (other tests' rows may push any one of them past the first page). */
    private static List<String> allSlugs(Kind kind, boolean withKey) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1, pages = 1; page <= pages; page++) {
            ExtractableResponse<Response> response = (withKey ? editor() : anonymous())
                    .queryParam("page", page).queryParam("limit", 100)
                    .when().get(kind.path)
                    .then().statusCode(200).extract();
            slugs.addAll(response.path("items.slug"));
            pages = response.path("page.totalPages");
        }
        return slugs;
    }
}
