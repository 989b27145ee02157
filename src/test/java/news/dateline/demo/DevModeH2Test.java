package news.dateline.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Dev mode's embedded H2 and demo content, which no other test runs on (they all use PostgreSQL): the reads, searches
 * and suggestions of the README's tour answer there too. Merges broke dev-mode search twice (H2 hands UUIDs back as
 * bytes; a statement given a parameter it does not name), unseen until someone ran {@code quarkus:dev}.
 */
@QuarkusTest
@TestProfile(DevModeH2.class)
class DevModeH2Test {

    private static final String SEED = "lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
    private static final String ALBANIAN = "lavrov-dhe-blinken-takohen-ne-malte";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void runsOnH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("H2", connection.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void theSeedArticleIsListed() {
        given().get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", hasItems(SEED, ALBANIAN));
        given().get("/api/v1/articles/" + SEED).then().statusCode(200)
                .body("title", equalTo("Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine"));
    }

    @Test
    void theToursBooleanSearchAnswersAndItsExclusionHolds() {
        // The tour's query finds the English version; both versions name Donald Trump, so excluding him excludes them.
        given().queryParam("q", "lavrov AND (blinken OR osce) NOT biden").get("/api/v1/search").then().statusCode(200)
                .body("articles.slug", hasItem(SEED))
                .body("articles.find { it.slug == '" + SEED + "' }.rank", greaterThan(0f));
        given().queryParam("q", "lavrov AND (blinken OR osce) NOT trump").get("/api/v1/search").then().statusCode(200)
                .body("articles.slug", not(hasItem(SEED)));
        given().queryParam("q", "Blinken").get("/api/v1/search").then().statusCode(200)
                .body("articles.slug", hasItem(SEED))
                .body("articles.find { it.slug == '" + SEED + "' }.highlight", containsString("<mark>"))
                .body("people.slug", contains("antony-blinken"));
    }

    @Test
    void aTitleScopeSearchesTitlesOnly() {
        given().queryParam("q", "title:malta").get("/api/v1/search").then().statusCode(200)
                .body("articles.slug", hasItem(SEED));
        // "Sinirlioğlu" stands in the body alone.
        given().queryParam("q", "title:sinirlio").get("/api/v1/search").then().statusCode(200)
                .body("articles", empty());
        given().queryParam("q", "body:sinirlio").get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", hasItem(SEED));
    }

    @Test
    void notTagExcludesTheArticlesOfATag() {
        given().queryParam("q", "lavrov").get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", hasItem(SEED));
        given().queryParam("q", "lavrov").queryParam("notTag", "osce").get("/api/v1/articles").then().statusCode(200)
                .body("items", empty());
        given().queryParam("tag", "malta").queryParam("notTag", "no-such-tag").get("/api/v1/articles").then()
                .statusCode(200)
                .body("items.slug", hasItem(SEED));
    }

    @Test
    void facetsCountTheSeedArticlesTagsAndPeople() {
        given().queryParam("tag", "osce").queryParam("facets", "tags,people,language,year").get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", hasItems(SEED, ALBANIAN))
                .body("facets.tags.values.slug", hasItems("osce", "ukraine", "malta"))
                .body("facets.tags.values.find { it.slug == 'osce' }.count", equalTo(2))
                .body("facets.people.values.slug", hasItems("sergei-lavrov", "feridun-sinirlioglu"))
                .body("facets.language.values.code", hasItems("en", "sq"))
                .body("facets.year.values.year", hasItem(2024));
    }

    @Test
    void aSyntaxErrorIsA400ThatSaysWhere() {
        given().queryParam("q", "lavrov (blinken").get("/api/v1/search").then().statusCode(400)
                .contentType(Api.PROBLEM)
                .body("position", equalTo(7));
        given().queryParam("q", "lavrov AND").get("/api/v1/articles").then().statusCode(400)
                .contentType(Api.PROBLEM)
                .body("position", equalTo(7));
    }

    @Test
    void suggestionsNameTheOsceInTheSeedText() {
        Api.editor().body(Map.of("title", "Lavrov meets the OSCE",
                        "body", "Feridun Sinirlioglu met Mark Rutte of NATO in Valletta."))
                .post("/api/v1/suggestions").then().statusCode(200)
                .body("entities.slug", hasItems("osce", "sergei-lavrov", "nato"));
    }
}
