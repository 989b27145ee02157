package news.dateline.language;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Tags and people in the reader's language: {@code ?language=} or {@code Accept-Language}, the fallbacks, and what an
 * answer says of the language it used; localisations written with the rules of the rest of the body.
 */
@QuarkusTest
class LocalizedNamesTest {

    private static final String TAGS = "/api/v1/tags";
    private static final String PEOPLE = "/api/v1/people";

    @Test
    void aTagIsReadInTheLanguageAskedForByParameter() {
        String path = osce();
        given().queryParam("language", "sq").get(path).then().statusCode(200)
                .header("Content-Language", "sq")
                .header("Vary", not(containsString("Accept-Language")))
                .body("name", equalTo("OSBE"))
                .body("aliases", contains("Organizata për Siguri dhe Bashkëpunim në Evropë"))
                .body("description", equalTo("Organisation for Security and Co-operation in Europe"))
                .body("language", nullValue())
                .body("localizations.sq.name", equalTo("OSBE"))
                .body("localizations.ru.name", equalTo("ОБСЕ"));
        given().queryParam("language", "RU").get(path).then().statusCode(200)
                .header("Content-Language", "ru").body("name", equalTo("ОБСЕ"));
        given().get(path).then().statusCode(200)
                .header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body("name", startsWithOsce()).body("language", nullValue());
    }

    @Test
    void acceptLanguageIsHonouredInOrderOfPreference() {
        String path = osce();
        given().header("Accept-Language", "de;q=0.9, ru;q=0.5, sq").get(path).then().statusCode(200)
                .header("Content-Language", "sq").header("Vary", containsString("Accept-Language"))
                .body("name", equalTo("OSBE")).body("language", nullValue());
        // German is wanted most but missing: Russian, the next one wanted that the tag has, answers, and says so.
        given().header("Accept-Language", "de, ru;q=0.5, sq;q=0.1").get(path).then().statusCode(200)
                .header("Content-Language", "ru").body("name", equalTo("ОБСЕ")).body("language", equalTo("ru"));
        // The parameter wins over the header.
        given().header("Accept-Language", "ru").queryParam("language", "sq").get(path).then().statusCode(200)
                .body("name", equalTo("OSBE"));
    }

    @Test
    void aMissingLanguageFallsBackThroughTheChainToTheBaseAndSaysSo() {
        String path = osce();
        // sq-XK falls back to sq by configuration (tests: sq-XK:sq); sq-AL by its primary subtag.
        given().queryParam("language", "sq-XK").get(path).then().statusCode(200)
                .header("Content-Language", "sq").body("name", equalTo("OSBE")).body("language", equalTo("sq"));
        given().queryParam("language", "sq-AL").get(path).then().statusCode(200)
                .body("name", equalTo("OSBE")).body("language", equalTo("sq"));
        given().queryParam("language", "fr").get(path).then().statusCode(200)
                .header("Content-Language", "en").body("name", startsWithOsce()).body("language", equalTo("en"));
    }

    @Test
    void aFieldALocalisationLeavesOutComesFromTheBase() {
        String u = unique();
        var person = editor().body(Map.of("name", "Sergei Lavrov " + u, "title", "Foreign Minister of Russia",
                        "localizations", Map.of("sq", Map.of("title", "Ministri i Jashtëm i Rusisë"),
                                "sr", Map.of("name", "Сергеј Лавров " + u))))
                .post(PEOPLE).then().statusCode(201).extract();
        String path = PEOPLE + "/" + person.path("slug");
        given().queryParam("language", "sq").get(path).then().statusCode(200)
                .body("name", equalTo("Sergei Lavrov " + u))
                .body("title", equalTo("Ministri i Jashtëm i Rusisë"))
                .body("language", nullValue());
        // sr-Latn → sr by configuration: the Serbian name, the title from the base.
        given().header("Accept-Language", "sr-Latn").get(path).then().statusCode(200)
                .header("Content-Language", "sr")
                .body("name", equalTo("Сергеј Лавров " + u))
                .body("title", equalTo("Foreign Minister of Russia"))
                .body("language", equalTo("sr"));
    }

    @Test
    void listsAreLocalisedItemByItemAndNameEachLanguageUsed() {
        String u = unique();
        // Lists run by base name: "0 …" comes before the suite's other tags, within the first page of 100.
        editor().body(Map.of("name", "0 Ukraine " + u, "kind", "place",
                "localizations", Map.of("sq", Map.of("name", "Ukraina " + u)))).post(TAGS).then().statusCode(201);
        editor().body(Map.of("name", "0 Malta " + u, "kind", "place")).post(TAGS).then().statusCode(201);
        var list = given().queryParam("language", "sq").queryParam("limit", 100).get(TAGS).then().statusCode(200)
                .body("items.name", hasItem("Ukraina " + u)).body("items.name", hasItem("0 Malta " + u))
                .extract();
        String contentLanguage = list.header("Content-Language");
        assertTrue(contentLanguage.startsWith("sq, "), contentLanguage);
        List<Map<String, Object>> items = list.path("items");
        Map<String, Object> malta = items.stream().filter(i -> i.get("name").equals("0 Malta " + u)).findFirst()
                .orElseThrow();
        assertEquals("en", malta.get("language"));
    }

    @Test
    void aMergePatchAddsChangesAndRemovesLanguagesOneByOne() {
        String path = osce();
        String etag = editor().get(path).then().extract().header("ETag");
        Map<String, Object> patch = new HashMap<>();
        Map<String, Object> localizations = new HashMap<>();
        localizations.put("ru", null);
        // ASCII: REST Assured sends a merge patch in ISO-8859-1 unless told otherwise.
        localizations.put("sq", Map.of("description", "Organizata per Siguri dhe Bashkepunim ne Evrope"));
        localizations.put("mk", Map.of("name", "OBSE"));
        patch.put("localizations", localizations);
        mergePatch(etag).body(patch).patch(path).then().statusCode(200)
                .body("localizations.keySet()", containsInAnyOrder("sq", "mk"))
                .body("localizations.sq.name", equalTo("OSBE"))
                .body("localizations.sq.description", equalTo("Organizata per Siguri dhe Bashkepunim ne Evrope"));
    }

    @Test
    void badLocalisationsAreRefusedAndNothingIsWritten() {
        String path = osce();
        String etag = editor().get(path).then().extract().header("ETag");
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("not a language", Map.of("name", "x")),
                Map.<String, Object>of("en-12", Map.of("name", "x")),
                Map.<String, Object>of("en", Map.of("name", "OSCE again")),
                Map.<String, Object>of("de", Map.of("name", "x".repeat(201))),
                Map.<String, Object>of("de", Map.of("aliases", List.of(""))),
                Map.<String, Object>of("de", Map.of("name", "OSZE"), "DE", Map.of("name", "OSZE")))) {
            mergePatch(etag).body(Map.of("localizations", bad)).patch(path).then().statusCode(422)
                    .contentType(Api.PROBLEM).body("errors.field", hasItem(containsString("localizations")));
        }
        Map<String, Object> many = new HashMap<>();
        for (char c = 'a'; c < 'a' + 21; c++) {
            many.put("a" + c, Map.of("name", "x"));
        }
        editor().body(Map.of("name", "Too many " + unique(), "localizations", many)).post(TAGS).then()
                .statusCode(422).contentType(Api.PROBLEM);
        // In a merge patch, {} changes nothing in a language; written whole, it is a localisation that says nothing.
        editor().body(Map.of("name", "Empty " + unique(), "localizations", Map.of("sq", Map.of()))).post(TAGS).then()
                .statusCode(422).contentType(Api.PROBLEM).body("errors[0].field", equalTo("localizations.sq"));
        editor().body(Map.of("name", "Not an object " + unique(), "localizations", List.of("sq"))).post(TAGS).then()
                .statusCode(400).contentType(Api.PROBLEM);
        editor().get(path).then().statusCode(200).header("ETag", etag)
                .body("localizations.keySet()", containsInAnyOrder("sq", "ru"));
    }

    @Test
    void keysAreStoredInTheirCanonicalCase() {
        editor().body(Map.of("name", "Serbia " + unique(), "localizations",
                        Map.of("SR-latn", Map.of("name", "Srbija")))).post(TAGS).then().statusCode(201)
                .body("localizations.keySet()", contains("sr-Latn"));
    }

    @Test
    void aMalformedLanguageParameterIsA400AndAMalformedHeaderIsIgnored() {
        String path = osce();
        given().queryParam("language", "not a language").get(path).then().statusCode(400)
                .contentType(Api.PROBLEM).body("errors[0].field", equalTo("language"));
        given().queryParam("language", "x".repeat(100)).get(TAGS).then().statusCode(400);
        given().header("Accept-Language", ";;;,q=2,,sq;q=abc,*;q=0.1, ru;q=1.5").get(path).then().statusCode(200)
                .header("Content-Language", "en").body("name", startsWithOsce());
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append(i == 0 ? "" : ", ").append("x").append(Integer.toString(i, 36)).append(";q=0.5");
        }
        given().header("Accept-Language", many + ", sq").get(path).then().statusCode(200)
                .body("name", startsWithOsce());
    }

    @Test
    void nameSearchFindsALocalisedNameAndAlias() {
        String word = "osbe" + letters(unique());
        String alias = "organizata" + letters(unique());
        String slug = editor().body(Map.of("name", "OSCE " + unique(), "localizations",
                        Map.of("sq", Map.of("name", word, "aliases", List.of(alias + " për Siguri")))))
                .post(TAGS).then().statusCode(201).extract().path("slug");
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200).body("tags.slug", hasItem(slug));
        given().queryParam("q", alias).get("/api/v1/search").then().statusCode(200).body("tags.slug", hasItem(slug));
        String person = editor().body(Map.of("name", "Sergei Lavrov " + unique(), "localizations",
                        Map.of("sr", Map.of("name", "Сергеј " + word)))).post(PEOPLE).then().statusCode(201).extract()
                .path("slug");
        given().queryParam("q", word).get("/api/v1/search").then().statusCode(200)
                .body("people.slug", hasItem(person));
    }

    private static String letters(String hex) {
        StringBuilder out = new StringBuilder();
        hex.chars().forEach(c -> out.append((char) ('a' + Character.digit(c, 16))));
        return out.toString();
    }

    /** A tag like OSCE, with an Albanian and a Russian name, under a unique slug. */
    static String osce() {
        String u = unique();
        ExtractableResponse<Response> created = editor().body(Map.of("name", "OSCE " + u, "kind", "organisation",
                        "description", "Organisation for Security and Co-operation in Europe",
                        "aliases", List.of("Organization for Security and Co-operation in Europe"),
                        "localizations", Map.of(
                                "sq", Map.of("name", "OSBE",
                                        "aliases", List.of("Organizata për Siguri dhe Bashkëpunim në Evropë")),
                                "ru", Map.of("name", "ОБСЕ"))))
                .post(TAGS).then().statusCode(201).extract();
        return TAGS + "/" + created.path("slug");
    }

    private static org.hamcrest.Matcher<String> startsWithOsce() {
        return org.hamcrest.Matchers.startsWith("OSCE ");
    }
}
