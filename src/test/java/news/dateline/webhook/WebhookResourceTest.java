package news.dateline.webhook;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.editor;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/** The subscriptions' HTTP surface: who may use it, what it refuses (422 naming the field), and secrets shown once. */
@QuarkusTest
class WebhookResourceTest {

    private static final String PATH = Webhooks.PATH;
    private static final String URL = "https://hooks.newsroom.example/dateline";

    @Test
    void aSubscriptionsSecretIsShownOnceAndNeverListed() {
        var created = editor().body(Map.of("url", URL, "events", List.of("tag.updated", "*", "tag.updated")))
                .post(PATH).then().statusCode(201)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("secret", matchesPattern("^whsec_[A-Za-z0-9+/]{43}=$"))
                .body("events", equalTo(List.of("*", "tag.updated")))
                .extract();
        String id = created.path("id");
        assertEquals(32, Base64.getDecoder().decode(created.<String>path("secret").substring(6)).length);
        editor().get(PATH).then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }", not(org.hamcrest.Matchers.hasKey("secret")));
        editor().get(PATH + "/" + id).then().statusCode(200).body("url", equalTo(URL))
                .body("$", not(org.hamcrest.Matchers.hasKey("secret")));
        editor().get(PATH + "/" + id + "/deliveries").then().statusCode(200).body("items", equalTo(List.of()))
                .body("next", nullValue());
        editor().delete(PATH + "/" + id).then().statusCode(204);
        editor().get(PATH + "/" + id).then().statusCode(404).contentType(Api.PROBLEM);
        editor().get(PATH + "/" + id + "/deliveries").then().statusCode(404).contentType(Api.PROBLEM);
    }

    @Test
    void aGivenSecretIsKeptAndABadOneIsRefused() {
        String secret = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');
        String id = editor().body(Map.of("url", URL, "events", List.of("*"), "secret", secret)).post(PATH)
                .then().statusCode(201).body("secret", equalTo(secret)).extract().path("id");
        editor().delete(PATH + "/" + id).then().statusCode(204);
        for (String bad : List.of("short", "whsec_c2hvcnQ=", "whsec_" + "a".repeat(200), "whsec_!!!!" + "a".repeat(40))) {
            refused(Map.of("url", URL, "events", List.of("*"), "secret", bad), "secret");
        }
    }

    @Test
    void badUrlsAndEventsAreRefusedWith422NamingTheField() {
        for (String url : List.of("ftp://hooks.example/x", "hooks.example/x", "javascript:alert(1)", "http://",
                "https://" + "a".repeat(2000) + ".example")) {
            refused(Map.of("url", url, "events", List.of("*")), "url");
        }
        refused(Map.of("events", List.of("*")), "url");
        refused(Map.of("url", URL, "events", List.of("article.published", "article.created")), "events[1]");
        refused(Map.of("url", URL, "events", List.of("article.*", "everything")), "events[1]");
        refused(Map.of("url", URL, "events", List.of()), "events");
        refused(Map.of("url", URL), "events");
        editor().body("{\"url\":\"" + URL + "\",\"events\":\"*\"}").post(PATH).then().statusCode(400)
                .contentType(Api.PROBLEM);
        editor().body("{\"url\":\"" + URL + "\",\"events\":[\"*\"],\"id\":\"x\"}").post(PATH).then().statusCode(400);
        editor().post(PATH).then().statusCode(400);
        editor().queryParam("limit", 0).get(PATH + "/" + UUID.randomUUID() + "/deliveries").then().statusCode(400);
    }

    @Test
    void onlyAdminKeysMayUseWebhooks() {
        String one = PATH + "/" + UUID.randomUUID();
        for (String path : List.of(PATH, one, one + "/deliveries")) {
            given().get(path).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                    .contentType(Api.PROBLEM);
            given().header("Authorization", "Bearer wrong").get(path).then().statusCode(401)
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        given().contentType(ContentType.JSON).body(Map.of("url", URL, "events", List.of("*"))).post(PATH)
                .then().statusCode(401);
        given().delete(one).then().statusCode(401);
        String writer = editor().body(Map.of("name", "Webhook writer", "scopes", List.of("content:write")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        var asWriter = given().header("Authorization", "Bearer " + writer).contentType(ContentType.JSON);
        asWriter.get(PATH).then().statusCode(403).contentType(Api.PROBLEM);
        asWriter.body(Map.of("url", URL, "events", List.of("*"))).post(PATH).then().statusCode(403);
        given().header("Authorization", "Bearer " + writer).delete(one).then().statusCode(403);
        given().header("Authorization", "Bearer " + writer).get(one + "/deliveries").then().statusCode(403);
        editor().get(one).then().statusCode(404);
        editor().delete(one).then().statusCode(404);
        editor().get(PATH + "/not-an-id").then().statusCode(404);
    }

    private static void refused(Map<String, ?> body, String field) {
        editor().body(body).post(PATH).then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors.field", hasItem(field));
    }
}
