package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.Api;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Listing articles: paging both ways, filters, sorting and sparse output. */
@QuarkusTest
class ArticleListTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    SessionFactory sessionFactory;

    private static List<String> publishedUnder(String tag, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(createArticle(Map.of("title", "Walk " + i + " " + unique(), "status", "published",
                    "tags", List.of(tag))).path("id"));
        }
        return ids;
    }

    private static List<String> walk(String first, Runnable betweenPages) {
        List<String> ids = new ArrayList<>();
        String next = first;
        while (next != null) {
            // The links come encoded already.
            ExtractableResponse<Response> page = given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                    .extract();
            ids.addAll(page.path("items.id"));
            next = page.path("links.next");
            betweenPages.run();
        }
        return ids;
    }

    @Test
    void aCursorWalkEqualsThePageWalkAndTheWholeSetEvenWhileArticlesArrive() {
        String tag = createTag("Walk " + unique()).path("slug");
        List<String> created = publishedUnder(tag, 250);

        List<String> byPage = new ArrayList<>();
        for (int n = 1; n <= 15; n++) {
            byPage.addAll(given().queryParam("tag", tag).queryParam("limit", 17).queryParam("page", n).get(ARTICLES)
                    .then().statusCode(200).body("page.totalItems", equalTo(250)).extract().path("items.id"));
        }
        List<String> byCursor = walk(ARTICLES + "?tag=" + tag + "&limit=17", () -> { });
        assertEquals(byPage, byCursor);
        assertEquals(new HashSet<>(created), new HashSet<>(byCursor));
        assertEquals(250, new HashSet<>(byCursor).size());
        List<String> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, byCursor, "newest first, and creation order is publication order");

        // Newer articles published during the walk land before the cursor: the walk neither skips nor repeats.
        List<String> whileArriving = walk(ARTICLES + "?tag=" + tag + "&limit=17",
                () -> createArticle(Map.of("title", "Late " + unique(), "status", "published", "tags", List.of(tag))));
        assertEquals(byCursor, whileArriving);
    }

    @Test
    void prevLinksLeadBackToTheSamePages() {
        String tag = createTag("Back " + unique()).path("slug");
        publishedUnder(tag, 7);
        var first = given().get(ARTICLES + "?tag=" + tag + "&limit=3").then().body("links.prev", nullValue()).extract();
        var second = given().get(first.<String>path("links.next")).then().extract();
        var third = given().get(second.<String>path("links.next")).then()
                .body("items.size()", equalTo(1)).body("links.next", nullValue()).extract();
        var backToSecond = given().get(third.<String>path("links.prev")).then().extract();
        assertEquals(second.<List<String>>path("items.id"), backToSecond.path("items.id"));
        var backToFirst = given().get(backToSecond.<String>path("links.prev")).then()
                .body("links.prev", nullValue()).extract();
        assertEquals(first.<List<String>>path("items.id"), backToFirst.path("items.id"));
    }

    @Test
    void tagFiltersAreAllOfOrAnyOf() {
        String u = unique();
        String osce = createTag("OSCE " + u).path("slug");
        String malta = createTag("Malta " + u).path("slug");
        String both = createArticle(published("Both " + u, Map.of("tags", List.of(osce, malta)))).path("slug");
        String onlyOsce = createArticle(published("Only OSCE " + u, Map.of("tags", List.of(osce)))).path("slug");
        String onlyMalta = createArticle(published("Only Malta " + u, Map.of("tags", List.of(malta)))).path("slug");
        given().queryParam("tag", osce).queryParam("tag", malta).get(ARTICLES).then()
                .body("items.slug", contains(both));
        given().queryParam("tag", osce + "," + malta).get(ARTICLES).then().body("items.slug", contains(both));
        given().queryParam("anyTag", osce + "," + malta).get(ARTICLES).then()
                .body("items.slug", containsInAnyOrder(both, onlyOsce, onlyMalta));
        given().queryParam("tag", "no-such-tag-" + u).get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void personAndAuthorFiltersFollowRoles() {
        String u = unique();
        String lavrov = createPerson("Lavrov " + u).path("slug");
        String reporter = createPerson("Reporter " + u).path("id");
        String about = createArticle(published("About Lavrov " + u, Map.of("people", List.of(
                Map.of("person", lavrov, "role", "subject"), Map.of("person", reporter, "role", "author"))))).path("slug");
        String byLavrov = createArticle(published("Op-ed " + u, Map.of("people", List.of(
                Map.of("person", lavrov, "role", "author"))))).path("slug");
        given().queryParam("person", lavrov).get(ARTICLES).then()
                .body("items.slug", containsInAnyOrder(about, byLavrov));
        given().queryParam("author", lavrov).get(ARTICLES).then().body("items.slug", contains(byLavrov));
        given().queryParam("author", reporter).get(ARTICLES).then().body("items.slug", contains(about));
        given().queryParam("person", lavrov).queryParam("author", reporter).get(ARTICLES).then()
                .body("items.slug", contains(about));
    }

    @Test
    void dateBoundsAndLanguageNarrowTheList() {
        String tag = createTag("Dates " + unique()).path("slug");
        String jan = createArticle(published("January " + unique(), Map.of("tags", List.of(tag),
                "publishAt", "2024-01-15T10:00:00Z"))).path("slug");
        String jun = createArticle(published("June " + unique(), Map.of("tags", List.of(tag),
                "publishAt", "2024-06-15T10:00:00Z", "language", "de"))).path("slug");
        String dec = createArticle(published("December " + unique(), Map.of("tags", List.of(tag),
                "publishAt", "2024-12-05T08:00:00Z"))).path("slug");
        given().queryParam("tag", tag).queryParam("publishedAfter", "2024-06-01").get(ARTICLES).then()
                .body("items.slug", contains(dec, jun));
        given().queryParam("tag", tag).queryParam("publishedBefore", "2024-06-15T10:00:00Z").get(ARTICLES).then()
                .body("items.slug", contains(jan));
        given().queryParam("tag", tag).queryParam("publishedAfter", "2024-02-01T00:00:00+02:00")
                .queryParam("publishedBefore", "2024-12-01").get(ARTICLES).then().body("items.slug", contains(jun));
        given().queryParam("tag", tag).queryParam("language", "de").get(ARTICLES).then()
                .body("items.slug", contains(jun));
        given().queryParam("tag", tag).queryParam("language", "DE").get(ARTICLES).then()
                .body("items.slug", contains(jun));
        given().queryParam("tag", tag).queryParam("updatedSince", "2999-01-01").get(ARTICLES).then()
                .body("items.size()", equalTo(0));
        given().queryParam("tag", tag).queryParam("sort", "publishedAt").get(ARTICLES).then()
                .body("items.slug", contains(jan, jun, dec));
    }

    @Test
    void sortsByTitleAndByLastUpdate() {
        String u = unique();
        String tag = createTag("Sorts " + u).path("slug");
        String b = createArticle(published("Bravo " + u, Map.of("tags", List.of(tag)))).path("slug");
        var a = createArticle(published("Alpha " + u, Map.of("tags", List.of(tag))));
        String c = createArticle(published("Charlie " + u, Map.of("tags", List.of(tag)))).path("slug");
        given().queryParam("tag", tag).queryParam("sort", "title").get(ARTICLES).then()
                .body("items.slug", contains(a.path("slug"), b, c));
        mergePatch(a.header("ETag")).body(Map.of("subtitle", "touched")).patch(ARTICLES + "/" + a.path("slug"))
                .then().statusCode(200);
        given().queryParam("tag", tag).queryParam("sort", "-updatedAt").get(ARTICLES).then()
                .body("items.slug", contains(a.path("slug"), c, b));
    }

    @Test
    void listItemsLeaveOutBodyTagsAndPeopleUnlessIncludedOrNamedInFields() {
        String u = unique();
        String tag = createTag("Sparse " + u).path("slug");
        createArticle(published("Sparse " + u, Map.of("tags", List.of(tag), "body", "Body text.")));
        given().queryParam("tag", tag).get(ARTICLES).then()
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("tags")))
                .body("items[0]", not(hasKey("people")))
                .body("items[0]", hasKey("excerpt"));
        given().queryParam("tag", tag).queryParam("include", "tags,body").get(ARTICLES).then()
                .body("items[0].tags.slug", contains(tag))
                .body("items[0].bodyHtml", equalTo("<p>Body text.</p>"))
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("people")));
        given().queryParam("tag", tag).queryParam("include", "body").queryParam("formats", "text,markdown")
                .get(ARTICLES).then()
                .body("items[0].bodyText", equalTo("Body text."))
                .body("items[0].body", equalTo("Body text."))
                .body("items[0]", not(hasKey("bodyHtml")));
        given().queryParam("tag", tag).queryParam("fields", "slug,title").get(ARTICLES).then()
                .body("items[0].keySet()", containsInAnyOrder("slug", "title"));
        given().queryParam("tag", tag).queryParam("fields", "slug,people").get(ARTICLES).then()
                .body("items[0].keySet()", containsInAnyOrder("slug", "people"));
        given().queryParam("fields", "slug,bodyHtml").get(ARTICLES + "/sparse-" + u).then()
                .body("keySet()", containsInAnyOrder("slug", "bodyHtml"));
    }

    @Test
    void aSearchRanksTitleHitsFirstAndAQueryThatOnlyExcludesFindsNothing() {
        String word = "zq" + unique().replaceAll("[^a-z]", "");
        String tag = createTag("Searched " + unique()).path("slug");
        String inBody = createArticle(published("Body hit " + unique(), Map.of("tags", List.of(tag),
                "body", "A report that mentions " + word + " once."))).path("slug");
        String inTitle = createArticle(published("The " + word + " summit " + unique(), Map.of("tags", List.of(tag))))
                .path("slug");
        given().queryParam("q", word).get(ARTICLES).then().statusCode(200)
                .body("items.slug", contains(inTitle, inBody))
                .body("items[1].highlight", org.hamcrest.Matchers.containsString("<mark>" + word + "</mark>"));
        given().queryParam("q", word).queryParam("sort", "title").queryParam("tag", tag).get(ARTICLES).then()
                .body("items.slug", contains(inBody, inTitle));
        given().queryParam("q", "-" + word).queryParam("tag", tag).get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    /** A word no other test's article holds: letters only, so that every configuration keeps it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        java.util.Random random = new java.util.Random();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A published article whose head (title, subtitle, excerpt) holds {@code headWords} and body {@code body}. */
    private static String searchable(String headWords, String body, Map<String, Object> more) {
        Map<String, Object> article = new HashMap<>(more);
        article.put("title", "Report " + headWords + " " + unique());
        article.put("excerpt", "Nothing to see.");
        article.put("body", body);
        article.putIfAbsent("status", "published");
        return createArticle(article).path("id");
    }

    private static String repeated(String words, int times) {
        return String.join(" ", Collections.nCopies(times, words));
    }

    @Test
    void aHeadHitRanksBeforeABodyOnlyHitWhoseRankIsHigher() {
        List<String> words = List.of(word(), word(), word(), word(), word(), word(), word(), word());
        String q = String.join(" OR ", words);
        String head = searchable(words.get(0), "Unrelated.", Map.of());
        String body = searchable("", repeated(String.join(" ", words), 10), Map.of());
        // Over all statuses an editor's list ranks by rank alone: the body-only hit ranks higher.
        Api.editor().queryParam("q", q).get(ARTICLES).then().statusCode(200).body("items.id", contains(body, head));
        given().queryParam("q", q).get(ARTICLES).then().statusCode(200).body("items.id", contains(head, body));
        given().queryParam("q", q).queryParam("page", 1).get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(head, body)).body("page.totalItems", equalTo(2));
    }

    @Test
    void aRelevanceWalkByCursorHoldsEveryMatchOnceHeadHitsFirstBothWays() {
        List<String> words = List.of(word(), word(), word(), word(), word(), word(), word(), word());
        String q = String.join(" OR ", words);
        String all = String.join(" ", words);
        // Head hits of differing ranks, body-only hits of differing ranks, some above some of the heads'.
        List<String> heads = List.of(searchable(words.get(0), "Unrelated.", Map.of()),
                searchable(words.get(0) + " " + words.get(1), "Unrelated.", Map.of()),
                searchable(words.get(2), words.get(3), Map.of()));
        List<String> bodies = List.of(searchable("", repeated(all, 12), Map.of()),
                searchable("", repeated(all, 2), Map.of()), searchable("", words.get(4), Map.of()),
                searchable("", repeated(words.get(5) + " " + words.get(6), 3), Map.of()));
        List<String> byRank = Api.editor().queryParam("q", q).queryParam("limit", 50).get(ARTICLES).then()
                .statusCode(200).extract().path("items.id");
        List<String> expected = new ArrayList<>(byRank.stream().filter(heads::contains).toList());
        expected.addAll(byRank.stream().filter(bodies::contains).toList());
        assertEquals(7, expected.size());
        assertEquals(0, byRank.indexOf(bodies.get(0)), "a body-only hit outranks every head hit");

        String first = given().queryParam("q", q).queryParam("limit", 2).get(ARTICLES).then().statusCode(200)
                .extract().path("links.self");
        assertEquals(expected, walk(first, () -> { }));
        List<String> byPage = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            byPage.addAll(given().queryParam("q", q).queryParam("limit", 2).queryParam("page", n).get(ARTICLES)
                    .then().statusCode(200).body("page.totalItems", equalTo(7)).extract().path("items.id"));
        }
        assertEquals(expected, byPage);

        // Back from the last page by prev links: the same pages, the same order.
        String last = first;
        String next = first;
        while (next != null) {
            last = next;
            next = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().path("links.next");
        }
        List<String> backwards = new ArrayList<>();
        String prev = last;
        while (prev != null) {
            ExtractableResponse<Response> page = given().urlEncodingEnabled(false).get(prev).then().statusCode(200)
                    .extract();
            List<String> items = new ArrayList<>(page.path("items.id"));
            Collections.reverse(items);
            backwards.addAll(items);
            prev = page.path("links.prev");
        }
        Collections.reverse(backwards);
        assertEquals(expected, backwards);

        // A cursor holding a rank alone, as an editor's list and every list before the heads issue it, is refused.
        String editorsNext = Api.editor().queryParam("q", q).queryParam("limit", 2).get(ARTICLES).then()
                .extract().path("links.next");
        given().urlEncodingEnabled(false).get(editorsNext).then().statusCode(400).contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void tagNotTagAndLanguageFilterTheHeadHits() {
        String word = word();
        String osce = createTag("OSCE " + unique()).path("slug");
        String malta = createTag("Malta " + unique()).path("slug");
        String inOsce = searchable(word, "Unrelated.", Map.of("tags", List.of(osce)));
        String inMalta = searchable(word, "Unrelated.", Map.of("tags", List.of(malta)));
        String german = searchable(word, "Unrelated.", Map.of("tags", List.of(osce), "language", "de"));
        given().queryParam("q", word).get(ARTICLES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(inOsce, inMalta, german));
        given().queryParam("q", word).queryParam("tag", osce).get(ARTICLES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(inOsce, german));
        given().queryParam("q", word).queryParam("notTag", osce).get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(inMalta));
        given().queryParam("q", word).queryParam("language", "de").get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(german));
        given().queryParam("q", word).queryParam("tag", malta).queryParam("language", "de").get(ARTICLES).then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anExcludedWordInTheBodyExcludesAHeadHit() {
        String word = word();
        String excluded = word();
        String clean = searchable(word, "Unrelated.", Map.of());
        searchable(word, "It also names " + excluded + ".", Map.of());
        given().queryParam("q", word + " NOT " + excluded).get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(clean));
        given().queryParam("q", word + " -" + excluded).queryParam("page", 1).get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(clean)).body("page.totalItems", equalTo(1));
    }

    @Test
    void anEditorsSearchStillFindsDrafts() {
        String word = word();
        String published = searchable(word, "Unrelated.", Map.of());
        String draft = searchable(word, "Unrelated.", Map.of("status", "draft"));
        Api.editor().queryParam("q", word).get(ARTICLES).then().statusCode(200)
                .body("items.id", containsInAnyOrder(published, draft));
        Api.editor().queryParam("q", word).queryParam("status", "draft").get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(draft));
        Api.editor().queryParam("q", word).queryParam("status", "published").get(ARTICLES).then().statusCode(200)
                .body("items.id", contains(published));
        given().queryParam("q", word).get(ARTICLES).then().statusCode(200).body("items.id", contains(published));
    }

    /**
     * ContractArticleListsTest refuses bad values of every list parameter; here: a NUL must never reach the database,
     * and a ref that could be a slug or an id but names nothing matches nothing, while one that could not is refused.
     */
    @Test
    void aNulInQIsRefusedAndRefsThatCannotExistAreTooWhileUnknownOnesMatchNothing() {
        given().queryParam("q", "osce\u0000").get(ARTICLES).then().statusCode(400)
                .contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("tag", "osce\u0000").get(ARTICLES).then().statusCode(400)
                .body("errors[0].field", equalTo("tag"));
        given().queryParam("person", "Not A Slug").get(ARTICLES).then().statusCode(400)
                .body("errors[0].field", equalTo("person"));
        given().queryParam("tag", "no-such-tag-" + unique()).queryParam("person", UUID.randomUUID().toString())
                .get(ARTICLES).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aListCostsTheSameNumberOfStatementsWhateverItsSize() {
        String u = unique();
        String tag = createTag("Count " + u).path("slug");
        String person = createPerson("Counted " + u).path("slug");
        for (int i = 0; i < 12; i++) {
            createArticle(published("Counted " + i + " " + u, Map.of("tags", List.of(tag),
                    "people", List.of(Map.of("person", person, "role", "subject")))));
        }
        long small = statementsFor(ARTICLES + "?include=tags,people,body&limit=2&tag=" + tag);
        long large = statementsFor(ARTICLES + "?include=tags,people,body&limit=100&tag=" + tag);
        assertEquals(small, large, "statements for 2 items vs 12");
        long numbered = statementsFor(ARTICLES + "?include=tags,people&limit=100&page=1&tag=" + tag);
        assertEquals(small + 1, numbered, "a numbered page adds only its count");
    }

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static Map<String, Object> published(String title, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("title", title);
        body.put("status", "published");
        return body;
    }
}
