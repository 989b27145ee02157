package news.dateline.search;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query language of {@code q} against PostgreSQL, on {@code /api/v1/articles} and {@code /api/v1/search}: AND,
 * OR, NOT and {@code -}, groups, precedence, scopes, phrases, lower-case words, and the 400 that says where a syntax
 * error is. Each test searches made-up words of its own, so other tests' articles never match.
 */
@QuarkusTest
class QueryLanguageTest {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(Api.openapiYaml()).build());

    private String a;
    private String b;
    private String c;
    private String d;
    /** Title a, body b c. */
    private String one;
    /** Body "a b". */
    private String two;
    /** Body a d. */
    private String three;
    /** Body c. */
    private String four;

    @BeforeEach
    void fourArticles() {
        a = SearchResourceTest.word();
        b = SearchResourceTest.word();
        c = SearchResourceTest.word();
        d = SearchResourceTest.word();
        one = article("One about " + a, b + " and then " + c + ".");
        two = article("Two", "It says " + a + " " + b + " here.");
        three = article("Three", "It says " + a + " and " + d + ".");
        four = article("Four", "Only " + c + ".");
    }

    @Test
    void andOrAndNotCombineWords() {
        expectArticles(a + " AND " + b, one, two);
        expectArticles(a + " " + b, one, two);
        expectArticles(a + " OR " + c, one, two, three, four);
        expectArticles(a + " NOT " + d, one, two);
        expectArticles(a + " -" + d, one, two);
        expectArticles(c + " -(" + a + " OR " + d + ")", four);
    }

    /** The heads (title, subtitle, excerpt) answer /search first; an excluded word in the body still excludes. */
    @Test
    void anExclusionHoldsForTheWholeArticleWhenItsTitleMatches() {
        String w = SearchResourceTest.word();
        String x = SearchResourceTest.word();
        article("All about " + w, "It also says " + x + ".");
        String only = article("More about " + w, "Nothing else.");
        expectArticles(w + " NOT " + x, only);
        expectArticles(w + " -" + x, only);
    }

    @Test
    void notBindsTighterThanAndWhichBindsTighterThanOr() {
        expectArticles(c + " OR " + a + " " + d, one, three, four);
        expectArticles("(" + c + " OR " + a + ") " + d, three);
        expectArticles(a + " " + b + " OR " + c, one, two, four);
        expectArticles("NOT " + d + " " + a, one, two);
    }

    @Test
    void scopesRestrictToAPartOfTheArticle() {
        expectArticles("title:" + a, one);
        expectArticles("body:" + a, two, three);
        expectArticles("title:(" + a + " OR " + c + ")", one);
        expectArticles(a + " -title:" + a, two, three);
    }

    @Test
    void phrasesNeedTheirWordsInOrder() {
        expectArticles("\"" + a + " " + b + "\"", two);
        expectArticles("\"" + b + " " + a + "\"");
        expectArticles(a + " -\"" + a + " " + b + "\"", one, three);
    }

    @Test
    void lowerCaseOperatorsAreWordsAndExclusionsAloneFindNothing() {
        // "not" is an English stop word: a AND d.
        expectArticles(a + " not " + d, three);
        // "or" too: both words must match, as they would not with OR.
        expectArticles(a + " or " + c, one);
        expectArticles("-" + a);
        expectArticles("NOT (" + a + " OR " + b + ")");
    }

    @Test
    void searchSpeaksTheSameLanguageAndMatchesNamesByTheWordsSought() {
        String e = SearchResourceTest.word();
        String person = editor().body(Map.of("name", "Zq Person " + e, "slug", "ql-" + unique() + "-" + unique()))
                .post("/api/v1/people").then().statusCode(201).extract().path("slug");
        search("(" + a + " OR " + e + ") NOT " + d).then().statusCode(200)
                .body("articles.slug", containsInAnyOrder(one, two))
                .body("people.slug", is(List.of(person)));
        search(e + " -" + a).then().statusCode(200)
                .body("people.slug", is(List.of(person)));
        search(e + " -person").then().statusCode(200)
                .body("people", empty());
    }

    @Test
    void aSyntaxErrorIsA400ThatSaysWhere() {
        for (String path : List.of("/api/v1/search", "/api/v1/articles")) {
            expectSyntaxError(path, "lavrov AND (malta", 11, "never closed");
            expectSyntaxError(path, "lavrov)", 6, "closes no group");
            expectSyntaxError(path, "lavrov OR", 7, "nothing after");
            expectSyntaxError(path, "OR lavrov", 0, "nothing before");
            expectSyntaxError(path, "\"", 0, "never closed");
            expectSyntaxError(path, "()", 0, "empty");
            expectSyntaxError(path, "title: lavrov", 0, "right after the colon");
            expectSyntaxError(path, "(".repeat(50) + "x" + ")".repeat(50), 8, "deeper than 8");
            expectSyntaxError(path, "x ".repeat(33), 64, "more than 32");
            // Positions count code points of the value as sent, leading spaces included.
            expectSyntaxError(path, "  \uD83D\uDE00 (x", 4, "never closed");
        }
    }

    private static void expectSyntaxError(String path, String q, int position, String says) {
        given().accept(ContentType.JSON).queryParam("q", q).get(path).then()
                .statusCode(400)
                .contentType(Api.PROBLEM)
                .body("errors.field", is(List.of("q")))
                .body("position", is(position))
                .body("detail", containsString(says))
                .body("detail", containsString("position " + position));
    }

    private void expectArticles(String q, String... slugs) {
        var response = contract().queryParam("q", q).queryParam("limit", 50)
                .get("/api/v1/articles").then().statusCode(200);
        if (slugs.length == 0) {
            response.body("items", empty());
        } else {
            response.body("items.slug", containsInAnyOrder(slugs));
        }
        var searched = contract().queryParam("q", q).queryParam("limit", 50).get("/api/v1/search").then()
                .statusCode(200);
        if (slugs.length == 0) {
            searched.body("articles", empty());
        } else {
            searched.body("articles.slug", containsInAnyOrder(slugs));
        }
    }

    private static io.restassured.response.Response search(String q) {
        return contract().queryParam("q", q).get("/api/v1/search");
    }

    private static RequestSpecification contract() {
        return given().filter(CONTRACT).accept(ContentType.JSON);
    }

    private static String article(String title, String body) {
        return createArticle(Map.of("title", title, "slug", "ql-" + unique() + "-" + unique(), "body", body,
                "excerpt", "Nothing to see", "status", "published")).path("slug");
    }
}
