package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import news.dateline.sitemap.Sitemaps;
import org.junit.jupiter.api.Test;

/**
 * Translation groups: each language version is its own article, joined on create or by PATCH ({@code translationOf})
 * and left by PATCH; readers see the published versions in {@code translations}, a {@code Link} header, JSON-LD,
 * sitemaps' hreflang alternates and per-language feeds, and each of those changes the moment a version is published,
 * unpublished or deleted. Every refused join changes nothing.
 */
@QuarkusTest
class TranslationsTest {

    private static final String ARTICLES = "/api/v1/articles/";

    @Test
    void readersSeePublishedVersionsEditorsSeeEveryOneWithItsStatus() {
        String en = published("en", null, "Ministers meet " + unique());
        String sq = article("sq", en, "draft", "Ministrat takohen " + unique());
        String de = article("de", sq, "published", "Minister treffen sich " + unique());

        given().get(ARTICLES + en).then().statusCode(200)
                .header("Content-Language", "en")
                .header("Link", equalTo("</api/v1/articles/" + de + ">; rel=\"alternate\"; hreflang=\"de\""))
                .body("translations.language", contains("de"))
                .body("translations[0].slug", equalTo(de))
                .body("translations[0].url", equalTo(Sitemaps.SITE + "/articles/" + de))
                .body("translations[0].status", nullValue());
        editor().get(ARTICLES + en).then().statusCode(200)
                .body("translations.language", contains("de", "sq"))
                .body("translations.status", contains("published", "draft"));
        editor().get(ARTICLES + sq).then().statusCode(200)
                .header("Content-Language", "sq")
                .body("translations.language", contains("de", "en"));
        // The writable form names another version, so a PATCH that does not mention the group keeps it.
        mergePatch(etagOf(ARTICLES + de)).body(Map.of("subtitle", "Still a version")).patch(ARTICLES + de)
                .then().statusCode(200).body("translations.language", contains("en", "sq"));
    }

    @Test
    void publishingUnpublishingAndDeletingAVersionChangeItsSiblingsAtOnceEverywhere() {
        String en = published("en", null, "Talks resume " + unique());
        String sq = article("sq", en, "draft", "Bisedimet rifillojnë " + unique());
        String enAddress = Sitemaps.SITE + "/articles/" + en;
        String sqAddress = Sitemaps.SITE + "/articles/" + sq;
        String before = readTwice(en); // the second read may come from the response cache
        String token = Api.changeStreamHead();

        mergePatch(etagOf(ARTICLES + sq)).body(Map.of("status", "published")).patch(ARTICLES + sq)
                .then().statusCode(200);
        String after = given().get(ARTICLES + en).then().statusCode(200)
                .body("translations.slug", contains(sq))
                .header("Link", containsString("</api/v1/articles/" + sq + ">"))
                .extract().header("ETag");
        assertNotEquals(before, after);
        assertEquals(after, readTwice(en));
        // The change stream and webhooks hear of the English version as updated, its data listing the Albanian one.
        JsonPath changes = given().queryParam("since", token).queryParam("limit", 500).get("/api/v1/changes")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("upsert", changes.getString("changes.find { it.slug == '" + en + "' }.action"));
        assertThat(changes.getList("changes.find { it.slug == '" + en + "' }.data.translations.slug"), contains(sq));
        // JSON-LD: the original lists its translation; the translation names its original.
        given().get(ARTICLES + en + "/jsonld").then().statusCode(200)
                .body("workTranslation.url", contains(sqAddress))
                .body("workTranslation[0].inLanguage", equalTo("sq"));
        given().get(ARTICLES + sq + "/jsonld").then().statusCode(200)
                .body("translationOfWork.url", equalTo(enAddress))
                .body("inLanguage", equalTo("sq"));
        // Sitemaps: each version lists both, and the original as x-default.
        assertThat(Sitemaps.alternatesOf("articles", RestAssured::given), hasItems(enAddress, sqAddress));
        // Feeds per language.
        given().queryParam("language", "sq").queryParam("limit", 100).get("/feeds/articles.json").then()
                .statusCode(200).body("language", equalTo("sq"))
                .body("items.url", hasItem(sqAddress)).body("items.url", not(hasItem(enAddress)));

        // Unpublished: the English version stops listing it, in every place.
        mergePatch(etagOf(ARTICLES + sq)).body(Map.of("status", "draft")).patch(ARTICLES + sq)
                .then().statusCode(200);
        given().get(ARTICLES + en).then().statusCode(200).body("translations", empty())
                .header("Link", nullValue());
        given().get(ARTICLES + en + "/jsonld").then().statusCode(200).body("workTranslation", nullValue());
        assertThat(Sitemaps.alternatesOf("articles", RestAssured::given), not(hasItem(sqAddress)));

        // Published again, then deleted: gone from the list at once.
        mergePatch(etagOf(ARTICLES + sq)).body(Map.of("status", "published")).patch(ARTICLES + sq)
                .then().statusCode(200);
        given().get(ARTICLES + en).then().statusCode(200).body("translations.slug", contains(sq));
        editor().header("If-Match", etagOf(ARTICLES + sq)).delete(ARTICLES + sq).then().statusCode(204);
        given().get(ARTICLES + en).then().statusCode(200).body("translations", empty());
        readTwice(en);
    }

    @Test
    void anArticleJoinsByPatchAndLeavesByPatch() {
        String en = published("en", null, "Joined later " + unique());
        String fr = published("fr", null, "Rejoint plus tard " + unique());
        mergePatch(etagOf(ARTICLES + fr)).body(Map.of("translationOf", en)).patch(ARTICLES + fr)
                .then().statusCode(200).body("translations.slug", contains(en));
        given().get(ARTICLES + en).then().statusCode(200).body("translations.slug", contains(fr));

        Map<String, Object> leave = new HashMap<>();
        leave.put("translationOf", null);
        mergePatch(etagOf(ARTICLES + fr)).body(leave).patch(ARTICLES + fr)
                .then().statusCode(200).body("translations", empty());
        given().get(ARTICLES + en).then().statusCode(200).body("translations", empty());
    }

    @Test
    void joinsThatWouldBreakAGroupAreRefusedWithNothingWritten() {
        String en = published("en", null, "One per language " + unique());
        String sq = article("sq", en, "published", "Një për gjuhë " + unique());
        String otherEn = published("en", null, "Another story " + unique());
        String otherSq = article("sq", otherEn, "published", "Një histori tjetër " + unique());
        String lone = published("sq", null, "Vetëm " + unique());

        // The language is taken.
        refused(lone, Map.of("translationOf", en), "translationOf", "already");
        // Two groups are never merged.
        refused(otherSq, Map.of("translationOf", en), "translationOf", "merge");
        // No article is a translation of itself, nor of one that does not exist.
        refused(lone, Map.of("translationOf", lone), "translationOf", "itself");
        refused(lone, Map.of("translationOf", "no-such-article-" + unique()), "translationOf", "no article");
        // A version in a group cannot take a language another version has.
        refused(sq, Map.of("language", "en"), "language", "already");
        // On create, too: nothing is made.
        String title = "Refused " + unique();
        editor().body(Map.of("title", title, "language", "sq", "translationOf", en)).post(ARTICLES)
                .then().statusCode(422).contentType("application/problem+json");
        editor().queryParam("q", title).get(ARTICLES).then().statusCode(200).body("items", empty());
        given().get(ARTICLES + en).then().statusCode(200).body("translations.slug", contains(sq));
        // Not a BCP 47 tag: a 400, on feeds too.
        given().queryParam("language", "not a language").get("/feeds/articles.rss").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aNewsSitemapEntrySaysItsOwnLanguage() {
        String en = published("en", null, "Recent news " + unique());
        String sq = article("sq", en, "published", "Lajme të fundit " + unique());
        var news = Sitemaps.news();
        List<String> locs = Sitemaps.locs(news);
        List<String> languages = Sitemaps.texts(news, Sitemaps.NEWS_NS, "language");
        assertEquals("sq", languages.get(locs.indexOf(Sitemaps.SITE + "/articles/" + sq)));
        assertEquals("en", languages.get(locs.indexOf(Sitemaps.SITE + "/articles/" + en)));
    }

    private static void refused(String slug, Map<String, Object> patch, String field, String says) {
        String etag = etagOf(ARTICLES + slug);
        String before = editor().get(ARTICLES + slug).then().statusCode(200).extract().asString();
        mergePatch(etag).body(patch).patch(ARTICLES + slug).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors[0].message", containsString(says));
        assertEquals(before, editor().get(ARTICLES + slug).then().statusCode(200).extract().asString());
    }

    /** Reads an article twice as a reader, checks both answers agree, and returns its ETag. */
    private static String readTwice(String slug) {
        String first = given().get(ARTICLES + slug).then().statusCode(200).extract().header("ETag");
        String second = given().get(ARTICLES + slug).then().statusCode(200).extract().header("ETag");
        assertEquals(first, second);
        return second;
    }

    private static String published(String language, String translationOf, String title) {
        return article(language, translationOf, "published", title);
    }

    private static String article(String language, String translationOf, String status, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "language", language, "status", status,
                "body", "A story told in " + language + "."));
        if (translationOf != null) {
            body.put("translationOf", translationOf);
        }
        return createArticle(body).path("slug");
    }
}
