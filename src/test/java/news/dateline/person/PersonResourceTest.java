package news.dateline.person;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/** People over HTTP: transliterated slugs, merge patches, validation and article counts. */
@QuarkusTest
class PersonResourceTest {

    private static final String PEOPLE = "/api/v1/people";

    @Test
    void namesAreTransliteratedIntoSlugs() {
        String u = unique();
        var created = editor().body(Map.of("name", "Feridun Sinirlioğlu " + u,
                        "title", "Incoming OSCE Secretary General", "country", "TR",
                        "aliases", List.of("Sinirlioglu")))
                .post(PEOPLE).then().statusCode(201)
                .body("slug", equalTo("feridun-sinirlioglu-" + u))
                .body("name", equalTo("Feridun Sinirlioğlu " + u))
                .extract();
        given().get(PEOPLE + "/feridun-sinirlioglu-" + u).then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("country", equalTo("TR"))
                .body("aliases", contains("Sinirlioglu"))
                .body("wikidataId", nullValue());
        given().get(PEOPLE + "/" + created.path("id")).then().statusCode(200);
    }

    @Test
    void patchChangesOnlyWhatItNamesAndNullRemoves() {
        var created = editor().body(Map.of("name", "Antony Blinken " + unique(), "title", "U.S. Secretary of State",
                "affiliation", "U.S. Department of State", "website", "https://www.state.gov/"))
                .post(PEOPLE).then().statusCode(201).extract();
        var patch = new HashMap<String, Object>();
        patch.put("title", "Former U.S. Secretary of State");
        patch.put("affiliation", null);
        mergePatch(created.header("ETag")).body(patch).patch(PEOPLE + "/" + created.path("slug"))
                .then().statusCode(200)
                .body("title", equalTo("Former U.S. Secretary of State"))
                .body("affiliation", nullValue())
                .body("website", equalTo("https://www.state.gov/"))
                .body("version", equalTo(1));
    }

    @Test
    void invalidFieldsAreListed() {
        editor().body(Map.of("name", " ", "country", "Russia", "wikidataId", "22686", "website", "javascript:alert(1)"))
                .post(PEOPLE).then().statusCode(422)
                .contentType(Api.PROBLEM)
                .body("errors.field", contains("country", "name", "website", "wikidataId"));
    }

    @Test
    void articleCountsOnlyPublishedArticlesOnceEach() {
        String person = createPerson("Sergei Lavrov " + unique()).path("slug");
        createArticle(Map.of("title", "Published " + unique(), "status", "published", "people", List.of(
                Map.of("person", person, "role", "subject"), Map.of("person", person, "role", "quoted"))));
        createArticle(Map.of("title", "Draft " + unique(), "people", List.of(Map.of("person", person, "role", "subject"))));
        given().get(PEOPLE + "/" + person).then().body("articleCount", equalTo(1));
    }
}
