package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.UTC_TIMESTAMP;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertListPagesConform;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.randomWikidataId;
import static news.dateline.contract.Contract.suffix;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The people's own operations keep the contract: their lifecycle, list pages and a Wikidata id already taken. */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractPeopleTest {

    @Test
    void personLifecycleConformsToTheContract() {
        String suffix = suffix();
        String id = editor()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Feridun Sinirlioğlu " + suffix, "title", "Incoming OSCE Secretary General",
                        "affiliation", "OSCE", "country", "TR", "aliases", List.of("Sinirlioglu")))
                .when().post(Kind.PEOPLE.path)
                .then().statusCode(201)
                .header("ETag", startsWith("\"0-"))
                .body("slug", is("feridun-sinirlioglu-" + suffix)) // transliterated to ASCII
                .body("name", is("Feridun Sinirlioğlu " + suffix))
                .body("country", is("TR"))
                .body("bio", nullValue())
                .body("wikidataId", nullValue())
                .body("articleCount", is(0))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .extract().path("id");

        String etag = anonymous().when().get(Kind.PEOPLE.path + "/" + id)
                .then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("slug", is("feridun-sinirlioglu-" + suffix))
                .extract().header("ETag");

        String wikidataId = randomWikidataId();
        etag = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Feridun Sinirlioğlu", "title", "OSCE Secretary General",
                        "wikidataId", wikidataId, "website", "https://www.osce.org/secretary-general",
                        "imageUrl", "https://cdn.dateline.news/people/sinirlioglu.jpg"))
                .when().put(Kind.PEOPLE.path + "/feridun-sinirlioglu-" + suffix)
                .then().statusCode(200)
                .body("slug", is("feridun-sinirlioglu-" + suffix))
                .body("affiliation", nullValue())
                .body("wikidataId", is(wikidataId))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"title\": \"Secretary General of the OSCE\", \"wikidataId\": null, \"bio\": \"Turkish diplomat.\"}")
                .when().patch(Kind.PEOPLE.path + "/" + id)
                .then().statusCode(200)
                .body("title", is("Secretary General of the OSCE"))
                .body("wikidataId", nullValue())
                .body("bio", is("Turkish diplomat."))
                .body("website", is("https://www.osce.org/secretary-general"))
                .body("version", is(2))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag).when().delete(Kind.PEOPLE.path + "/" + id).then().statusCode(204);
        anonymous().when().get(Kind.PEOPLE.path + "/" + id).then().statusCode(404);
    }

    @Test
    void personListPagesConformToTheContract() {
        String suffix = suffix();
        for (int i = 1; i <= 3; i++) {
            create(Kind.PEOPLE, Kind.PEOPLE.minimal("listed-person-" + i + "-" + suffix));
        }
        assertListPagesConform(Kind.PEOPLE);
    }

    @Test
    void aWikidataIdAnotherPersonHasIsRejectedWith409() {
        String wikidataId = randomWikidataId();
        create(Kind.PEOPLE, Map.of("slug", "wikidata-first-" + suffix(), "name", "First", "wikidataId", wikidataId));
        Created second = create(Kind.PEOPLE, Kind.PEOPLE.minimal("wikidata-second-" + suffix()));
        String two = Kind.PEOPLE.path + "/" + second.id();

        expectProblem(editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Third", "slug", "wikidata-third-" + suffix(), "wikidataId", wikidataId))
                .when().post(Kind.PEOPLE.path).then(), 409, "conflict", Kind.PEOPLE.path)
                .body("errors.field", is(List.of("wikidataId")));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", second.etag())
                .body(Map.of("wikidataId", wikidataId)).when().patch(two).then(), 409, "conflict", two)
                .body("errors.field", is(List.of("wikidataId")));
        assertUnchanged(Kind.PEOPLE, second);
    }
}
