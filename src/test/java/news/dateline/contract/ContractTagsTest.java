package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.UTC_TIMESTAMP;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertListPagesConform;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
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
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tags' own operations keep the contract: their lifecycle and list pages. */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractTagsTest {

    @Test
    void tagLifecycleConformsToTheContract() {
        String suffix = suffix();
        String id = editor()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Nagorno-Karabakh " + suffix, "kind", "place", "aliases", List.of("Karabakh")))
                .when().post(Kind.TAGS.path)
                .then().statusCode(201)
                .header("ETag", startsWith("\"0-"))
                .body("slug", is("nagorno-karabakh-" + suffix)) // generated from the name
                .body("kind", is("place"))
                .body("description", nullValue())
                .body("aliases", is(List.of("Karabakh")))
                .body("articleCount", is(0))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .extract().path("id");

        String etag = anonymous().when().get(Kind.TAGS.path + "/nagorno-karabakh-" + suffix)
                .then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("id", is(id))
                .extract().header("ETag");

        etag = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Nagorno-Karabakh", "description", "A region in the South Caucasus."))
                .when().put(Kind.TAGS.path + "/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"1-"))
                .body("slug", is("nagorno-karabakh-" + suffix))
                .body("kind", is("topic")) // a PUT is a full replacement: kind went back to its default
                .body("aliases", is(List.of()))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"description\": null, \"kind\": \"place\", \"aliases\": [\"Karabakh\", \"Artsakh\"]}")
                .when().patch(Kind.TAGS.path + "/" + id)
                .then().statusCode(200)
                .body("description", nullValue())
                .body("kind", is("place"))
                .body("aliases", is(List.of("Karabakh", "Artsakh")))
                .body("version", is(2))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag).when().delete(Kind.TAGS.path + "/" + id).then().statusCode(204);
        anonymous().when().get(Kind.TAGS.path + "/" + id).then().statusCode(404);
    }

    @Test
    void tagListPagesConformToTheContract() {
        String suffix = suffix();
        for (int i = 1; i <= 3; i++) {
            create(Kind.TAGS, Kind.TAGS.minimal("listed-tag-" + i + "-" + suffix));
        }
        assertListPagesConform(Kind.TAGS);
    }
}
