package news.dateline.search;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import news.dateline.Api;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/search} against PostgreSQL: web search syntax, ranking, accents, aliases, type-ahead prefixes,
 * highlights, visibility, bad parameters and statement count, with searches checked against openapi.yaml on the way
 * (contract/ContractSearchTest proves each documented response). Every test searches for made-up words of its own
 * ({@link #word()}), so rows other tests create can never enter the lists it checks.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String PROBLEM = Api.PROBLEM;
    private static final String SPEC = Api.openapiYaml();

    /** Validates request and response against openapi.yaml. */
    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build());

    /** For requests that break the contract on purpose: only the response is validated. */
    private static final OpenApiValidationFilter RESPONSE_CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    @Inject
    SessionFactory sessionFactory;

    // ---------------------------------------------------------------------------------------------------------------
    // Articles: ranking and query syntax

    @Test
    void aTitleHitRanksAboveAnExcerptHitAboveABodyOnlyHit() {
        String w = word();
        String body = article("Other news " + unique(), "Nothing to see", "Plain text. " + (w + " ").repeat(5));
        String excerpt = article("Other news " + unique(), "All about " + w, "Plain text.");
        String title = article("A report on " + w, "Nothing to see", "Plain text.");

        search(w).then().statusCode(200)
                .body("query", is(w))
                .body("articles.slug", contains(title, excerpt, body))
                .body("articles[0].rank", greaterThan(0f))
                .body("articles[0].highlight", containsString("<mark>" + w + "</mark>")) // from the title
                .body("articles[2].highlight", containsString("<mark>" + w + "</mark>")); // from the body
        List<Float> ranks = search(w).then().extract().path("articles.rank");
        assertTrue(ranks.get(0) > ranks.get(1) && ranks.get(1) > ranks.get(2), () -> "ranks " + ranks);
        // Excluding a word none of them contains changes nothing.
        search(w + " -" + word()).then().statusCode(200)
                .body("articles.slug", contains(title, excerpt, body))
                .body("articles.rank", is(ranks));
    }

    /**
     * A public search asks the articles' heads (title, subtitle, excerpt) first, among every published article: an
     * old article about the word comes first. Matches in the body alone are ranked among the newest matches only (50
     * in the test profile, DATELINE_SEARCH_CANDIDATES), and so are they in a public article list; older ones stay
     * reachable by date.
     */
    @Test
    void headsAreSearchedInFullAndBodiesAmongTheNewestCandidates() {
        String w = word();
        String oldest = article("All about " + w, null, "Plain text.");
        String oldestInBody = article("Other news " + unique(), "Nothing to see", "Plain text with " + w + ".");
        List<String> newer = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            newer.add(article("Other news " + unique(), "Nothing to see", "Plain text with " + w + "."));
        }
        List<String> ranked = limited(w, 50).then().statusCode(200).extract().path("articles.slug");
        assertEquals(oldest, ranked.get(0), "the head's match first, however old");
        assertEquals(50, ranked.size());
        assertTrue(newer.containsAll(ranked.subList(1, 50)), () -> "then the newest body matches: " + ranked);
        assertFalse(ranked.contains(oldestInBody), "a body match older than the candidates");
        // The article list ranks the same way: the head hit, then the newest body matches.
        given().queryParam("q", w).queryParam("limit", 100).get("/api/v1/articles").then().statusCode(200)
                .body("items.size()", is(51))
                .body("items[0].slug", is(oldest))
                .body("items.slug", not(hasItem(oldestInBody)));
        given().queryParam("q", w).queryParam("page", 1).get("/api/v1/articles").then().statusCode(200)
                .body("page.totalItems", is(51));
        given().queryParam("q", w).queryParam("sort", "-publishedAt").queryParam("limit", 100)
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.size()", is(52))
                .body("items[51].slug", is(oldest));
    }

    @Test
    void wordsMatchInAnyInflection() {
        String w = word();
        String slug = article("Ministers " + w + " in Malta", null, "They were meeting.");
        search("minister " + w + " meetings").then().statusCode(200).body("articles.slug", contains(slug));
    }

    @Test
    void aQuotedPhraseMatchesTheWordsOnlyTogether() {
        String w = word();
        String together = article("Together " + w, null, "The ministerial in Malta opened on Thursday.");
        String apart = article("Apart " + w, null, "The ministerial opened on Thursday; Malta was the host.");

        search("\"ministerial in malta\" " + w).then().statusCode(200).body("articles.slug", contains(together));
        search("ministerial in malta " + w).then().statusCode(200)
                .body("articles.slug", containsInAnyOrder(together, apart));
    }

    @Test
    void aMinusExcludesAWord() {
        String w = word();
        String osce = article("OSCE talks " + w, null, "The OSCE met in Malta.");
        String both = article("OSCE talks " + w + " again", null, "The OSCE met in Malta to talk about Ukraine.");

        search(w + " osce -ukraine").then().statusCode(200).body("articles.slug", contains(osce));
        search(w + " osce").then().statusCode(200).body("articles.slug", containsInAnyOrder(osce, both));
    }

    @Test
    void aQueryThatOnlyExcludesFindsNothing() {
        String w = word();
        article("Anything " + w, null, "Text.");
        tag("Anything " + w, "topic", List.of());
        search("-" + w).then().statusCode(200)
                .body("articles", empty()).body("tags", empty()).body("people", empty());
        search("osce OR -" + w).then().statusCode(200).body("articles", empty());
    }

    @Test
    void orFindsEitherWord() {
        String w1 = word();
        String w2 = word();
        String one = article("First " + w1, null, "Armenia.");
        String two = article("Second " + w2, null, "Azerbaijan.");

        search(w1 + " OR " + w2).then().statusCode(200).body("articles.slug", containsInAnyOrder(one, two));
        search(w1 + " " + w2).then().statusCode(200).body("articles", empty());
    }

    @Test
    void accentsDoNotMatterEitherWay() {
        String accented = word() + "oğlu";
        String plain = word() + "oglu";
        String withAccent = article("Profile", null, "Feridun " + accented + " takes office.");
        String withoutAccent = article("Profile", null, "Feridun " + plain + " takes office.");

        search(accented.replace('ğ', 'g')).then().statusCode(200)
                .body("articles.slug", contains(withAccent))
                .body("articles[0].highlight", containsString("<mark>" + accented + "</mark>"));
        search(plain.replace("oglu", "oğlu")).then().statusCode(200).body("articles.slug", contains(withoutAccent));

        String person = person(distinct("Feridun Sinirlioğlu"), List.of());
        search("Sinirlioglu").then().statusCode(200).body("people.slug", hasItem(person));
        String ascii = person("Feridun " + plain, List.of());
        search("Feridun " + plain.replace("oglu", "oğlu")).then().statusCode(200).body("people.slug", contains(ascii));
    }

    @Test
    void highlightsMarkTheHitsAndEscapeTheRest() {
        String w = word();
        String slug = article("Fish & chips", null, "Fish & chips for 2 > 1 people: " + w + " on the \"menu\" today.");
        search(w).then().statusCode(200)
                .body("articles.slug", contains(slug))
                .body("articles[0].highlight", containsString("Fish &amp; chips for 2 &gt; 1 people: <mark>" + w
                        + "</mark> on the &quot;menu&quot;"));
    }

    @Test
    void aHeadHitIsHighlightedInWhatTheArticleIsAboutABodyHitInItsBody() {
        String w = word();
        String summary = article("Harbour news", "Ministers discuss " + w + " in Valletta.",
                "The talks went on. Later " + w + " came up again in the body.");
        String title = article("On " + w, "Ministers met in Valletta.", "The talks went on about " + w + ".");
        String body = article("Harbour diary", "Ministers met in Valletta.", "Delegates named " + w + " once.");

        search(w).then().statusCode(200)
                .body("articles.slug", contains(title, summary, body))
                .body("articles[0].highlight", containsString("<mark>" + w + "</mark>"))
                .body("articles[0].highlight", not(containsString("talks")))
                .body("articles[1].highlight", is("Ministers discuss <mark>" + w + "</mark> in Valletta"))
                .body("articles[2].highlight", is("Delegates named <mark>" + w + "</mark> once"));
    }

    @Test
    void draftsAreFoundOnlyWithAKey() {
        String w = word();
        String draft = slug(createArticle(Map.of("title", "Draft " + w, "body", "Not yet.")));

        search(w).then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("articles", empty());
        editor().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("articles.slug", contains(draft))
                .body("articles[0].publishedAt", nullValue());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tags and people

    @Test
    void tagsAndPeopleAreFoundByNameAndAlias() {
        String osce = tag(distinct("OSCE"), "organisation",
                List.of("Organization for Security and Co-operation in Europe"));
        String lavrov = person(distinct("Sergei Lavrov"), List.of("Lavrov", "Sergey Lavrov"));
        String w = word();
        String aliasOnly = person(distinct("Sergei Viktorovich"), List.of(w));

        search("Organization for Security and Co-operation in Europe").then().statusCode(200)
                .body("tags.slug", hasItem(osce))
                .body("tags.find { it.slug == '" + osce + "' }.kind", is("organisation"));
        limited("Lavrov", 50).then().statusCode(200)
                .body("people.slug", hasItem(lavrov))
                .body("people.find { it.slug == '" + lavrov + "' }.title", is("Foreign Minister"));
        search(w).then().statusCode(200).body("people.slug", contains(aliasOnly));
    }

    @Test
    void tagsAndPeopleAreFoundByTheStartOfAWordBeingTyped() {
        String lavrov = person(distinct("Sergei Lavrov"), List.of());
        String sinirlioglu = person(distinct("Feridun Sinirlioğlu"), List.of());
        String karabakh = tag(distinct("Nagorno-Karabakh"), "place", List.of());

        limited("lavr", 50).then().statusCode(200).body("people.slug", hasItem(lavrov));
        limited("sergei lavr", 50).then().statusCode(200).body("people.slug", hasItem(lavrov));
        limited("sinirli", 50).then().statusCode(200).body("people.slug", hasItem(sinirlioglu));
        limited("nagorno-kar", 50).then().statusCode(200).body("tags.slug", hasItem(karabakh));
        // A stop word finds no article, but may be the start of a name.
        String theresa = person(distinct("Theresa"), List.of());
        limited("the", 50).then().statusCode(200)
                .body("articles", empty())
                .body("people.slug", hasItem(theresa));

        String w = word();
        String typed = person("Anna " + w, List.of());
        search(w.substring(0, 6)).then().statusCode(200).body("people.slug", contains(typed));
        search("anna " + w.substring(0, 6)).then().statusCode(200).body("people.slug", contains(typed));
        // Only the last word is a prefix, and not when it is quoted.
        search(w.substring(0, 6) + " anna").then().statusCode(200).body("people", empty());
        search("\"" + w.substring(0, 6) + "\"").then().statusCode(200).body("people", empty());
        search("\"anna " + w + "\"").then().statusCode(200).body("people.slug", contains(typed));
    }

    @Test
    void anExactNameRanksFirstThenAnExactAliasThenANameThenAnAlias() {
        String w = word();
        String inAlias = tag("Friends " + unique(), "topic", List.of("Friends of " + w));
        String inName = tag(w + " Mission", "event", List.of());
        String alias = tag("Alias holder " + unique(), "topic", List.of(w));
        String exact = tag(w.toUpperCase(java.util.Locale.ROOT), "topic", List.of());

        search(w).then().statusCode(200).body("tags.slug", contains(exact, alias, inName, inAlias));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Parameters

    @Test
    void aMissingBlankOrOversizeQueryIsRejectedWith400() {
        expectBadRequest(withoutContract().get(SEARCH).then(), "q");
        for (String q : List.of("", "   ", "x".repeat(201), "lavrov\u0000", "lavrov\u0007")) {
            expectBadRequest(withoutContract().queryParam("q", q).get(SEARCH).then(), "q");
        }
        search("ğ".repeat(200)).then().statusCode(200);
    }

    @Test
    void limitsOutOfBoundsAreRejectedWith400() {
        for (String limit : List.of("0", "51", "-1", "ten", "1.5", "99999999999")) {
            expectBadRequest(withoutContract().queryParam("q", "osce").queryParam("limit", limit).get(SEARCH).then(),
                    "limit");
        }
    }

    @Test
    void theLimitCapsEachList() {
        String w = word();
        for (int i = 0; i < 3; i++) {
            article("Story " + i + " " + w, null, "Text.");
            tag(w + " " + i, "topic", List.of());
            person("Person " + i + " " + w, List.of());
        }
        limited(w, 2).then().statusCode(200)
                .body("articles.size()", is(2)).body("tags.size()", is(2)).body("people.size()", is(2));
        search(w).then().statusCode(200)
                .body("articles.size()", is(3)).body("tags.size()", is(3)).body("people.size()", is(3));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Cost

    @Test
    void theStatementCountDoesNotDependOnTheLimit() {
        String w = word();
        for (int i = 0; i < 3; i++) {
            article("Story " + i + " " + w, null, "Text " + w + ".");
            tag(w + " " + i, "topic", List.of(w + "ish"));
            person("Person " + i + " " + w, List.of(w));
        }
        long one = statementsFor(() -> limited(w, 1).then().statusCode(200).body("articles.size()", is(1)));
        long four = statementsFor(() -> limited(w, 4).then().statusCode(200).body("articles.size()", is(3)));
        long fifty = statementsFor(() -> limited(w, 50).then().statusCode(200).body("articles.size()", is(3)));
        long editor = statementsFor(() -> editor().queryParam("q", w).queryParam("limit", 50).get(SEARCH)
                .then().statusCode(200).body("people.size()", is(3)));
        assertEquals(5, one, "the analysis of the query, the heads, the hits, the tags, the people");
        assertEquals(one + 3, four, "and when the heads gave too few: a bound, the bodies, the bound lifted");
        assertEquals(four, fifty);
        assertEquals(5, editor, "the analysis, the candidates, the hits, the tags, the people");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /**
     * A made-up word no other test uses: "zq" and ten letters, so the text search parser reads it as one plain word.
     */
    static String word() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder word = new StringBuilder("zq");
        hex.chars().forEach(c -> word.append((char) ('g' + Character.digit(c, 16))));
        return word.toString();
    }

    /**
     * A real name made distinct with a made-up word after it: other tests list tags and people and may expect
     * names not to repeat (the demo content, for one, has an "OSCE" and a "Sergei Lavrov" of its own).
     */
    private static String distinct(String name) {
        return name + " " + word();
    }

    private static Response search(String q) {
        return contract().queryParam("q", q).get(SEARCH);
    }

    private static Response limited(String q, int limit) {
        return contract().queryParam("q", q).queryParam("limit", limit).get(SEARCH);
    }

    private static RequestSpecification contract() {
        return given().filter(CONTRACT).accept(ContentType.JSON);
    }

    private static RequestSpecification withoutContract() {
        return given().filter(RESPONSE_CONTRACT).accept(ContentType.JSON);
    }

    /** A published article; an explicit excerpt keeps the body's words out of the excerpt's weight. */
    private static String article(String title, String excerpt, String body) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("slug", "search-" + unique() + "-" + unique());
        fields.put("body", body);
        fields.put("status", "published");
        if (excerpt != null) {
            fields.put("excerpt", excerpt);
        }
        return slug(createArticle(fields));
    }

    private static String tag(String name, String kind, List<String> aliases) {
        return slug(editor().body(Map.of("name", name, "slug", "search-" + unique() + "-" + unique(),
                        "kind", kind, "aliases", aliases))
                .post("/api/v1/tags").then().statusCode(201).extract());
    }

    private static String person(String name, List<String> aliases) {
        return slug(editor().body(Map.of("name", name, "slug", "search-" + unique() + "-" + unique(),
                        "title", "Foreign Minister", "aliases", aliases))
                .post("/api/v1/people").then().statusCode(201).extract());
    }

    private static String slug(ExtractableResponse<Response> created) {
        return created.path("slug");
    }

    private long statementsFor(Supplier<?> request) {
        Statistics statistics = sessionFactory.getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            request.get();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private static ValidatableResponse expectBadRequest(ValidatableResponse response, String field) {
        return expectProblem(response, 400, "bad-request").body("errors.field", contains(field));
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status, String kind) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", is("https://dateline.news/problems/" + kind))
                .body("status", is(status))
                .body("instance", is(SEARCH));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> containsInAnyOrder(String... items) {
        return org.hamcrest.Matchers.containsInAnyOrder(items);
    }
}
