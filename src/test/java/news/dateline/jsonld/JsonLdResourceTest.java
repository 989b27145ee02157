package news.dateline.jsonld;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.Api;
import news.dateline.demo.DemoContentService;
import org.junit.jupiter.api.Test;

/**
 * An article's JSON-LD as a consumer reads it: through a real JSON-LD processor (Titanium), expanded to full schema.org
 * IRIs, so that what is checked is what the document means, not how it happens to be spelled. There is no network
 * here: the processor's loader serves the schema.org context as a plain {@code @vocab}.
 */
@QuarkusTest
class JsonLdResourceTest {

    private static final String SCHEMA = "https://schema.org/";
    private static final String SITE = "https://news.test.example";
    private static final String SEED = "lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
    private static final String LD_JSON = "application/ld+json";

    /** What https://schema.org resolves to, offline: every term is a schema.org term. */
    private static final DocumentLoader OFFLINE = (url, options) -> {
        if (!"schema.org".equals(url.getHost())) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
        }
        return JsonDocument.of(new StringReader("{\"@context\": {\"@vocab\": \"" + SCHEMA + "\"}}"));
    };

    @Inject
    DemoContentService demo;

    @Test
    void theSeedArticleIsANewsArticleWithItsFields() throws JsonLdError {
        demo.load();
        ExtractableResponse<Response> article = given().queryParam("formats", "text")
                .get("/api/v1/articles/" + SEED).then().statusCode(200).extract();
        JsonObject ld = expanded(given().accept(LD_JSON).get("/api/v1/articles/" + SEED + "/jsonld").then()
                .statusCode(200)
                .header("Content-Type", startsWith(LD_JSON))
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("ETag", matchesPattern("^\"\\d+-[A-Za-z0-9_-]+\"$"))
                .header("Surrogate-Key", startsWith("article:" + article.path("id") + " tag:"))
                .extract().asString());

        assertEquals(SITE + "/articles/" + SEED, ld.getString("@id"));
        assertEquals(List.of(SCHEMA + "NewsArticle"), types(ld));
        assertEquals(List.of(SITE + "/articles/" + SEED), values(ld, "url"));
        assertEquals(List.of("Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine"), values(ld, "headline"));
        assertEquals(List.of(article.<String>path("subtitle")), values(ld, "alternativeHeadline"));
        assertEquals(List.of(article.<String>path("excerpt")), values(ld, "description"));
        assertEquals(List.of("2024-12-05T08:00:00Z"), values(ld, "datePublished"));
        // Modified as readers see it: when its correction was made.
        assertEquals(List.of(article.<String>path("contentUpdatedAt")), values(ld, "dateModified"));
        JsonObject correction = nodes(ld, "correction").get(0);
        assertEquals(List.of(SCHEMA + "CorrectionComment"), types(correction));
        assertEquals(List.of(article.<String>path("corrections[0].text")), values(correction, "text"));
        assertEquals(List.of(article.<String>path("corrections[0].at")), values(correction, "datePublished"));
        assertEquals(List.of("en"), values(ld, "inLanguage"));
        assertEquals(List.of(String.valueOf(article.<Integer>path("wordCount"))), values(ld, "wordCount"));
        assertEquals(List.of(article.<String>path("bodyText")), values(ld, "articleBody"));
        assertEquals(List.of("Malta"), values(ld, "dateline"));
        JsonObject place = nodes(ld, "locationCreated").get(0);
        assertEquals(List.of(SCHEMA + "Place"), types(place));
        assertEquals(List.of("Malta"), values(place, "name"));
        assertEquals(List.of(), nodes(ld, "image"), "the seed article has no featured image");

        // No author among its people: the publication is the author, and its publisher.
        for (String property : List.of("author", "publisher")) {
            List<JsonObject> organisations = nodes(ld, property);
            assertEquals(1, organisations.size(), property);
            assertEquals(List.of(SCHEMA + "Organization"), types(organisations.get(0)));
            assertEquals(List.of("Dateline"), values(organisations.get(0), "name"));
            assertEquals(List.of(SITE), values(organisations.get(0), "url"));
        }

        List<JsonObject> about = nodes(ld, "about");
        assertEquals(List.of("OSCE", "Ukraine", "Nagorno-Karabakh", "Russia", "United States", "Malta", "NATO",
                "European Union", "Armenia", "Azerbaijan", "Turkey"),
                about.stream().map(tag -> values(tag, "name").get(0)).toList());
        assertEquals(List.of(SCHEMA + "Organization"), types(about.get(0)));
        assertEquals(List.of(SCHEMA + "Place"), types(about.get(1)));
        assertEquals(SITE + "/tags/osce", about.get(0).getString("@id"));
        assertEquals(List.of(SITE + "/tags/osce"), values(about.get(0), "url"));

        List<JsonObject> mentions = nodes(ld, "mentions");
        assertEquals(List.of("Sergei Lavrov", "Antony Blinken", "Donald Trump", "Feridun Sinirlioğlu"),
                mentions.stream().map(person -> values(person, "name").get(0)).toList());
        mentions.forEach(person -> assertEquals(List.of(SCHEMA + "Person"), types(person)));
        assertEquals(List.of("Russian Foreign Minister"), values(mentions.get(0), "jobTitle"));
        assertEquals(List.of(SITE + "/people/sergei-lavrov"), values(mentions.get(0), "url"));
        assertEquals(List.of("https://www.wikidata.org/wiki/Q22686"), values(mentions.get(2), "sameAs"));
        assertEquals(List.of(), values(mentions.get(0), "sameAs"), "no Wikidata id, no sameAs");
    }

    @Test
    void peopleGoWhereTheirRoleSaysAndTheFeaturedImageIsAnImageObject() throws JsonLdError {
        String s = unique();
        String wikidata = "Q8" + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L);
        String author = Api.editor().body(Map.of("name", "Reporter " + s, "wikidataId", wikidata))
                .post("/api/v1/people").then().statusCode(201).extract().path("slug");
        String photographer = Api.createPerson("Photographer " + s).path("slug");
        String quoted = Api.createPerson("Quoted " + s).path("slug");
        String summit = Api.editor().body(Map.of("name", "Summit " + s, "kind", "event"))
                .post("/api/v1/tags").then().statusCode(201).extract().path("slug");
        String topic = Api.createTag("Diplomacy " + s).path("slug");
        String slug = createArticle(Map.of("title", "Roles " + s, "status", "published",
                "canonicalUrl", "https://elsewhere.example/roles-" + s,
                "featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta.jpg",
                        "alt", "Foreign ministers in Malta", "caption", "The ministerial opens", "credit", "Dateline"),
                "tags", List.of(summit, topic),
                "people", List.of(Map.of("person", author, "role", "author"),
                        Map.of("person", photographer, "role", "photographer"),
                        Map.of("person", quoted, "role", "quoted"), Map.of("person", quoted, "role", "subject"))))
                .path("slug");

        JsonObject ld = expanded(given().accept(LD_JSON).get("/api/v1/articles/" + slug + "/jsonld").then()
                .statusCode(200).extract().asString());
        assertEquals("https://elsewhere.example/roles-" + s, ld.getString("@id"), "the canonical URL wins");
        JsonObject writer = nodes(ld, "author").get(0);
        assertEquals(List.of(SCHEMA + "Person"), types(writer));
        assertEquals(List.of("Reporter " + s), values(writer, "name"));
        assertEquals(List.of("https://www.wikidata.org/wiki/" + wikidata), values(writer, "sameAs"));
        assertEquals(List.of("Photographer " + s), values(nodes(ld, "contributor").get(0), "name"));
        assertEquals(List.of("Quoted " + s), nodes(ld, "mentions").stream().map(p -> values(p, "name").get(0))
                .toList(), "a person in two roles is mentioned once");
        assertEquals(List.of(SCHEMA + "Event"), types(nodes(ld, "about").get(0)));
        assertEquals(List.of(SCHEMA + "Thing"), types(nodes(ld, "about").get(1)));
        JsonObject image = nodes(ld, "image").get(0);
        assertEquals(List.of(SCHEMA + "ImageObject"), types(image));
        assertEquals(List.of("https://cdn.dateline.news/images/malta.jpg"), values(image, "url"));
        assertEquals(List.of("The ministerial opens"), values(image, "caption"));
        assertEquals(List.of("Dateline"), values(image, "creditText"));
    }

    @Test
    void unpublishedArticlesHaveNoJsonLdWithoutAKey() throws JsonLdError {
        var draft = createArticle(Map.of("title", "Draft " + unique()));
        for (String ref : List.of(draft.<String>path("slug"), draft.<String>path("id"))) {
            String path = "/api/v1/articles/" + ref + "/jsonld";
            given().accept(LD_JSON).get(path).then().statusCode(404).contentType(Api.PROBLEM)
                    .body("instance", equalTo(path));
            String json = editor().accept(LD_JSON).get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("private, no-store")).extract().asString();
            assertEquals(List.of(), values(expanded(json), "datePublished"), "a draft has not been published");
        }
        String unknown = "/api/v1/articles/no-such-article-" + unique() + "/jsonld";
        given().accept(LD_JSON).get(unknown).then().statusCode(404).contentType(Api.PROBLEM);
    }

    @Test
    void conditionalReadsAnswer304AndEveryChangeShowsAtOnce() {
        var person = Api.createPerson("Renamed " + unique());
        String slug = createArticle(Map.of("title", "Conditional " + unique(), "status", "published",
                "people", List.of(Map.of("person", person.path("slug"), "role", "subject")))).path("slug");
        String path = "/api/v1/articles/" + slug + "/jsonld";
        ExtractableResponse<Response> first = given().accept(LD_JSON).get(path).then().statusCode(200).extract();
        given().accept(LD_JSON).header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304)
                .header("ETag", equalTo(first.header("ETag")));
        given().accept(LD_JSON).header("If-Modified-Since", first.header("Last-Modified")).get(path).then()
                .statusCode(304);
        // Served from memory the second time (Accept */*), and dropped from it when a person it names changes.
        given().get(path).then().statusCode(200).header("ETag", equalTo(first.header("ETag")));

        mergePatch(person.header("ETag")).body(Map.of("name", "Renamed at last")).patch("/api/v1/people/"
                + person.path("id")).then().statusCode(200);
        String renamed = given().get(path).then().statusCode(200).extract().asString();
        assertTrue(renamed.contains("\"Renamed at last\""), renamed);
        given().accept(LD_JSON).header("If-None-Match", first.header("ETag")).get(path).then().statusCode(200);

        given().accept("application/json").get(path).then().statusCode(200)
                .header("Content-Type", startsWith(LD_JSON));
        given().accept("text/html").get(path).then().statusCode(406).contentType(Api.PROBLEM);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The one node a document expands to. */
    private static JsonObject expanded(String json) throws JsonLdError {
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(json))).loader(OFFLINE).get();
        assertEquals(1, expanded.size(), json);
        return expanded.getJsonObject(0);
    }

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The nodes a property of a node points to. */
    private static List<JsonObject> nodes(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(SCHEMA + property);
        return values == null ? List.of() : values.getValuesAs(JsonObject.class);
    }

    /** The literal values of a property, as text. */
    private static List<String> values(JsonObject node, String property) {
        return nodes(node, property).stream().map(value -> value.get("@value")).map(JsonLdResourceTest::text)
                .toList();
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).toString();
            default -> value.toString();
        };
    }
}
