package news.dateline.suggest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.Api;
import news.dateline.demo.DemoContentService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/suggestions} against the running server and its database. */
@QuarkusTest
class SuggestionResourceTest {

    static final String PATH = "/api/v1/suggestions";

    @Inject
    DemoContentService demo;

    @Inject
    EntityManager em;

    static JsonPath suggest(String title, String body) {
        return Api.editor().body(Map.of("title", title, "body", body, "language", "en")).post(PATH)
                .then().statusCode(200).contentType(ContentType.JSON).header("Cache-Control", "no-store")
                .extract().jsonPath();
    }

    /** Every slug the answer proposes: found alone, or among the entities an ambiguous form names. */
    static Set<String> proposed(JsonPath answer) {
        Set<String> slugs = new HashSet<>(answer.getList("entities.slug"));
        answer.<List<String>>getList("ambiguous.entities.slug").forEach(slugs::addAll);
        return slugs;
    }

    @Test
    void theSeedArticleProposesItsTagsAndPeople() throws IOException {
        demo.load();
        String body = SuggesterTest.seedBody(); // as first written: "Sinirlioglu", without the ğ
        Set<String> expected = Set.of("osce", "ukraine", "nagorno-karabakh", "sergei-lavrov", "antony-blinken",
                "feridun-sinirlioglu", "donald-trump", "armenia", "azerbaijan", "malta", "nato");
        // The dictionary follows the demo load off the request thread: wait for it to hold what was loaded.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> proposed(suggest(SuggesterTest.SEED_TITLE, body)).containsAll(expected));
        JsonPath answer = suggest(SuggesterTest.SEED_TITLE, body);
        assertEquals("utf-16", answer.getString("offsets"));
        // Known now, so no longer candidates: the demo content made them tags and people.
        List<String> candidates = answer.getList("candidates.text");
        for (String known : List.of("Donald Trump", "Armenia", "Azerbaijan", "Malta", "NATO", "OSCE")) {
            assertFalse(candidates.contains(known), known + " is known: " + candidates);
        }
        List<Map<String, Object>> entities = answer.getList("entities");
        for (Map<String, Object> entity : entities) {
            for (Map<String, Object> occurrence : (List<Map<String, Object>>) entity.get("occurrences")) {
                String text = occurrence.get("field").equals("title") ? SuggesterTest.SEED_TITLE : body;
                assertEquals(occurrence.get("text"), text.substring((Integer) occurrence.get("start"),
                        (Integer) occurrence.get("end")));
            }
        }
        // Sorted by confidence.
        List<Float> confidences = answer.getList("entities.confidence", Float.class);
        for (int i = 1; i < confidences.size(); i++) {
            assertTrue(confidences.get(i - 1) >= confidences.get(i), confidences::toString);
        }
    }

    @Test
    void aTagCreatedOverTheApiIsFoundByTheNextSuggestions() {
        String name = "Zentrafold Accord " + letters();
        String body = "Delegates signed the " + name + " on Tuesday; the " + name.toUpperCase() + " holds.";
        JsonPath before = suggest("Talks", body);
        assertTrue(before.getList("candidates.text").contains(name), "unknown: a candidate first");
        String slug = Api.createTag(name).path("slug");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> suggest("Talks", body).getList("entities.slug").contains(slug));
        JsonPath after = suggest("Talks", body);
        assertEquals(2, after.getInt("entities.find { it.slug == '" + slug + "' }.count"));
        assertEquals("tag", after.getString("entities.find { it.slug == '" + slug + "' }.type"));
        assertEquals("topic", after.getString("entities.find { it.slug == '" + slug + "' }.kind"));
        assertFalse(after.getList("candidates.text").contains(name));
    }

    /**
     * Another instance's change reaches this one only as the change log's NOTIFY: a tag renamed by SQL (no
     * {@code Change} fired here) and announced on the channel is suggested by its new name.
     */
    @Test
    void aChangeHeardFromAnotherInstanceRebuildsTheDictionary() {
        String slug = Api.createTag("Orvandel Pact " + letters()).path("slug");
        String renamed = "Brisquell Charter " + letters();
        String body = "Delegates signed the " + renamed + " on Tuesday.";
        QuarkusTransaction.requiringNew().run(() -> {
            String id = em.createNativeQuery("select cast(id as text) from tag where slug = :slug")
                    .setParameter("slug", slug).getSingleResult().toString();
            em.createNativeQuery("update tag set name = :name where id = cast(:id as uuid)")
                    .setParameter("name", renamed).setParameter("id", id).executeUpdate();
            em.createNativeQuery("select cast(pg_notify('dateline_changes', :payload) as text)")
                    .setParameter("payload", "tag:" + id).getResultList();
        });
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> suggest("Talks", body).getList("entities.slug").contains(slug));
    }

    @Test
    void aPersonRenamedIsFoundByTheNewNameOnly() {
        String surname = "Quellbrook" + letters().toLowerCase();
        String slug = Api.createPerson("Imogen " + surname).path("slug");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> suggest("", "Imogen " + surname + " spoke.").getList("entities.slug").contains(slug));
        String etag = Api.etagOf("/api/v1/people/" + slug);
        Api.mergePatch(etag).body(Map.of("name", "Imogen Harrow" + letters())).patch("/api/v1/people/" + slug)
                .then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> !suggest("", "Imogen " + surname + " spoke.").getList("entities.slug").contains(slug));
    }

    @Test
    void writesNeedTheEditorsScope() {
        given().contentType(ContentType.JSON).body(Map.of("body", "OSCE")).post(PATH).then().statusCode(401)
                .contentType(Api.PROBLEM);
        String reader = Api.editor().body(Map.of("name", "reader " + Api.unique(), "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + reader).contentType(ContentType.JSON)
                .body(Map.of("body", "OSCE")).post(PATH).then().statusCode(403).contentType(Api.PROBLEM);
    }

    @Test
    void badBodiesAreProblems() {
        Api.editor().body("{\"body\": \"unterminated").post(PATH).then().statusCode(400).contentType(Api.PROBLEM);
        Api.editor().body("{\"body\": 42}").post(PATH).then().statusCode(400).contentType(Api.PROBLEM)
                .body("errors.field", hasItem("body"));
        Api.editor().body("{\"title\": \"No body\"}").post(PATH).then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors.field", hasItem("body"));
        Api.editor().body(Map.of("body", "x", "language", "not a language")).post(PATH).then().statusCode(422)
                .contentType(Api.PROBLEM).body("errors.field", hasItem("language"));
        Api.editor().body(Map.of("body", "x", "headline", "no such field")).post(PATH).then().statusCode(400)
                .contentType(Api.PROBLEM);
        Api.editor().body(Map.of("body", "a".repeat(200_001))).post(PATH).then().statusCode(422)
                .contentType(Api.PROBLEM).body("errors.field", hasItem("body"));
        Api.editor().body(Map.of("title", "T".repeat(301), "body", "x")).post(PATH).then().statusCode(422)
                .contentType(Api.PROBLEM).body("errors.field", hasItem("title"));
        // The longest body an article may have is answered.
        Api.editor().body(Map.of("body", "OSCE and Malta. ".repeat(12_500))).post(PATH).then().statusCode(200)
                .body("candidates", not(equalTo(null)));
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : Api.unique().toCharArray()) {
            letters.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }
}
