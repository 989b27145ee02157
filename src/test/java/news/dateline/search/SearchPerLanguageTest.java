package news.dateline.search;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Search per language (migration V21) through {@code GET /api/v1/search} and {@code GET /api/v1/articles?q=}: each
 * article matched, ranked and highlighted with its language's text search configuration, a {@code language}
 * filter analysing the query as that language. Every test searches for a made-up word of its own
 * ({@link SearchResourceTest#word()}) beside the words under test.
 */
@QuarkusTest
class SearchPerLanguageTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String ARTICLES = "/api/v1/articles";

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(Api.openapiYaml()).build());

    @Test
    void anAlbanianArticleIsFoundWithAndWithoutItsAccents() {
        String w = SearchResourceTest.word();
        String slug = article("sq", "Përgjigje e qeverisë " + w, "Ministri dha një përgjigje për çështjen.");

        for (String typed : new String[] {"pergjigje", "Përgjigje", "PERGJIGJE", "qeverise", "ceshtjen"}) {
            search(w + " " + typed, null).body("articles.slug", contains(slug));
            search(w + " " + typed, "sq").body("articles.slug", contains(slug));
            list(w + " " + typed, "sq").body("items.slug", contains(slug));
            list(w + " " + typed, null).body("items.slug", contains(slug));
        }
        // Albanian is not stemmed: another form of the word is another word.
        search(w + " pergjigjet", "sq").body("articles", empty());
    }

    @Test
    void englishStemmingIsUnchanged() {
        String w = SearchResourceTest.word();
        String slug = article("en", "Ministers " + w + " in Malta", "They were meeting.");

        search(w + " meetings minister", null).body("articles.slug", contains(slug))
                .body("articles[0].highlight", containsString("<mark>meeting</mark>"));
        search(w + " meetings minister", "en").body("articles.slug", contains(slug));
        list(w + " meetings", "en").body("items.slug", contains(slug));
        // A stop word of English is no word to look for in English: the rest of the query still finds it.
        search(w + " the", "en").body("articles.slug", contains(slug));
    }

    /**
     * The same words in an English and an Albanian article: an English query stems "meetings" to "meet" for the
     * English one, while for the Albanian one the query is analysed as Albanian, whole words only, and "meetings"
     * is not "meeting".
     */
    @Test
    void aLanguageFilterAnalysesTheQueryAsThatLanguage() {
        String w = SearchResourceTest.word();
        String english = article("en", "Report " + w, "The ministers were meeting.");
        String albanian = article("sq", "Raport " + w, "Ministrat kishin një meeting.");

        search(w + " meetings", "en").body("articles.slug", contains(english));
        list(w + " meetings", "en").body("items.slug", contains(english));
        search(w + " meetings", "sq").body("articles", empty());
        list(w + " meetings", "sq").body("items", empty());
        search(w + " meeting", "sq").body("articles.slug", contains(albanian));
        list(w + " meeting", "sq").body("items.slug", contains(albanian));
        // Without a filter each article answers by its own analysis: the stem reaches only the English one.
        search(w + " meetings", null).body("articles.slug", contains(english));
        search(w + " meeting", null).body("articles.slug", org.hamcrest.Matchers.containsInAnyOrder(english, albanian));
    }

    /** pt-BR has no row of its own: it is analysed as pt, with Portuguese stemming; German is stemmed as German. */
    @Test
    void aRegionalTagFallsBackToItsLanguageAndStemmedLanguagesStem() {
        String w = SearchResourceTest.word();
        String brazilian = article("pt-BR", "Os ministros " + w, "Reunião em Brasília.");
        String german = article("de", "Die Häuser " + w, "Neue Häuser in Berlin.");

        search(w + " ministro", "pt-BR").body("articles.slug", contains(brazilian))
                .body("articles[0].highlight", containsString("<mark>ministros</mark>"));
        search(w + " ministro reuniao", null).body("articles.slug", contains(brazilian));
        search(w + " haus", "de").body("articles.slug", contains(german))
                .body("articles[0].highlight", containsString("<mark>Häuser</mark>"));
        list(w + " hauser", null).body("items.slug", contains(german));
    }

    @Test
    void highlightsMarkWhatTheArticlesOwnAnalysisMatched() {
        String w = SearchResourceTest.word();
        String slug = article("sq", "Lajme " + w, "Kjo është një përgjigje e qartë për qytetarët.");

        search(w + " pergjigje", null).body("articles.slug", contains(slug))
                .body("articles[0].highlight", containsString("<mark>përgjigje</mark>"));
        list(w + " PËRGJIGJE", "sq").body("items[0].highlight", containsString("<mark>përgjigje</mark>"));
    }

    @Test
    void aLanguageThatIsNoTagIsABadRequest() {
        for (String path : new String[] {SEARCH, ARTICLES}) {
            given().accept(ContentType.JSON).queryParam("q", "ukraine").queryParam("language", "not a tag")
                    .get(path).then().statusCode(400)
                    .contentType(Api.PROBLEM)
                    .body("errors.field", contains("language"));
        }
    }

    private static ValidatableResponse search(String q, String language) {
        RequestSpecification request = contract().queryParam("q", q);
        if (language != null) {
            request.queryParam("language", language);
        }
        return request.get(SEARCH).then().statusCode(200);
    }

    private static ValidatableResponse list(String q, String language) {
        RequestSpecification request = contract().queryParam("q", q);
        if (language != null) {
            request.queryParam("language", language);
        }
        return request.get(ARTICLES).then().statusCode(200);
    }

    private static RequestSpecification contract() {
        return given().filter(CONTRACT).accept(ContentType.JSON);
    }

    /** A published article in a language. */
    private static String article(String language, String title, String body) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("slug", "search-language-" + unique() + "-" + unique());
        fields.put("body", body);
        fields.put("language", language);
        fields.put("status", "published");
        return createArticle(fields).path("slug");
    }
}
