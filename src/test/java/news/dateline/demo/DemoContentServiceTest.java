package news.dateline.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/** The demo content loads once, however often it is asked to, and its seed article reads back whole. */
@QuarkusTest
class DemoContentServiceTest {

    private static final String SEED = "/api/v1/articles/lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
    private static final String ALBANIAN = "lavrov-dhe-blinken-takohen-ne-malte";

    @Inject
    DemoContentService demo;

    @Test
    void loadingTwiceAddsNothingTheSecondTime() {
        demo.load();
        int before = given().queryParam("page", 1).get("/api/v1/tags").then().extract().path("page.totalItems");
        assertEquals(0, demo.load());
        given().queryParam("page", 1).get("/api/v1/tags").then().body("page.totalItems", equalTo(before));
    }

    @Test
    void theSeedArticleReadsBackPublishedWithItsTagsAndPeople() {
        demo.load();
        given().queryParam("formats", "markdown,text").get(SEED).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", equalTo("2024-12-05T08:00:00Z"))
                .body("language", equalTo("en"))
                .body("tags.slug", contains("osce", "ukraine", "nagorno-karabakh", "russia", "united-states", "malta",
                        "nato", "european-union", "armenia", "azerbaijan", "turkey"))
                .body("tags[0].kind", equalTo("organisation"))
                .body("people.slug", contains("sergei-lavrov", "antony-blinken", "donald-trump", "feridun-sinirlioglu"))
                .body("people.role", contains("subject", "subject", "mentioned", "mentioned"))
                .body("people[0].title", equalTo("Russian Foreign Minister"))
                .body("body", containsString("Turkey’s Feridun Sinirlioğlu."))
                .body("body", not(containsString("Sinirlioglu")))
                .body("corrections.kind", contains("correction"))
                .body("corrections[0].text", equalTo("An earlier version of this article misspelt the name of"
                        + " Feridun Sinirlioğlu, who is to become Secretary-General of the OSCE, as “Sinirlioglu”."))
                .body("contentUpdatedAt", equalTo(given().get(SEED).then().extract().path("corrections[0].at")))
                .body("body", not(containsString("Përgjigje")))
                .body("bodyText", not(containsString("Përgjigje")))
                .body("excerpt", containsString("Sergei Lavrov and U.S. Secretary of State Antony Blinken"));
        // Its history, oldest first: as loaded, the misspelling fixed, the note that says so; all by the demo loader.
        List<String> reasons = new ArrayList<>(Api.editor().get(SEED + "/revisions").then().statusCode(200)
                .extract().<List<String>>path("items.reason"));
        Collections.reverse(reasons);
        assertEquals(List.of("created", "edited", "corrected"), reasons.subList(0, 3));
        Api.editor().get(SEED + "/revisions").then().body("items.madeBy.keyName", everyItem(equalTo("demo")));
        // The English version and its Albanian translation both name him.
        given().get("/api/v1/people/feridun-sinirlioglu").then().statusCode(200)
                .body("name", equalTo("Feridun Sinirlioğlu"))
                .body("articleCount", equalTo(2));
    }

    @Test
    void theSeedArticleAndItsAlbanianVersionAreOneTranslationGroup() {
        demo.load();
        given().get(SEED).then().statusCode(200)
                .header("Link", equalTo("</api/v1/articles/" + ALBANIAN + ">; rel=\"alternate\"; hreflang=\"sq\""))
                .body("translations.slug", contains(ALBANIAN));
        given().get("/api/v1/articles/" + ALBANIAN).then().statusCode(200)
                .header("Content-Language", "sq")
                .body("language", equalTo("sq"))
                .body("status", equalTo("published"))
                .body("title", containsString("Maltë"))
                .body("bodyHtml", containsString("Feridun Sinirlioğlu"))
                .body("tags.slug", contains("osce", "ukraine", "nagorno-karabakh", "russia", "united-states", "malta",
                        "nato", "european-union", "armenia", "azerbaijan", "turkey"))
                .body("tags[0].name", equalTo("OSBE"))
                .body("translations.language", contains("en"))
                .body("translations[0].url", endsWith("/articles/lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine"));
    }
}
