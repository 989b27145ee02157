package news.dateline.contract;

import static news.dateline.contract.Contract.EXPECT_CONTINUE;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/suggestions} keeps the contract, every documented status produced (the behaviour is tested in
 * suggest/SuggestionResourceTest).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractSuggestionsTest {

    static final String PATH = "/api/v1/suggestions";

    @Test
    void suggestionsConformToTheContract() {
        String name = "Contract Accord " + suffix().replaceAll("[0-9]", "x").toUpperCase();
        editor().contentType(ContentType.JSON)
                .body(Map.of("title", "Talks on the " + name, "body", "Delegates met in Valletta.", "language", "en"))
                .when().post(PATH).then().statusCode(200)
                .header("Cache-Control", is("no-store"))
                .body("offsets", is("utf-16"))
                .body("candidates.text", hasItem(name))
                .body("candidates.text", hasItem("Valletta"));
    }

    @Test
    void badRequestsAreProblems() {
        expectUnauthorized(withoutKey().contentType(ContentType.JSON).body(Map.of("body", "OSCE"))
                .when().post(PATH).then(), PATH);
        expectUnauthorized(wrongKey().contentType(ContentType.JSON).body(Map.of("body", "OSCE"))
                .when().post(PATH).then(), PATH);
        String reader = "Bearer " + issueKey("content:read");
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(Map.of("body", "OSCE")).when().post(PATH).then(), 403, "forbidden", PATH);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"body\": \"unterminated")
                .when().post(PATH).then(), PATH);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"body\": 42}")
                .when().post(PATH).then(), PATH).body("errors.field", hasItem("body"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"body\": \"x\", \"tags\": []}")
                .when().post(PATH).then(), PATH).body("errors.field", hasItem("tags"));
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON).body(Map.of("body", "x".repeat(200_001)))
                .when().post(PATH).then(), 422, "validation-failed", PATH).body("errors.field", hasItem("body"));
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON).body(Map.of("title", "No body"))
                .when().post(PATH).then(), 422, "validation-failed", PATH).body("errors.field", hasItem("body"));
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT).body("{\"body\": \"OSCE\"}")
                .when().post(PATH).then(), 415, "unsupported-media-type", PATH);
        expectProblem(deliberatelyInvalid().accept("text/html").contentType(ContentType.JSON).body(Map.of("body", "OSCE"))
                .when().post(PATH).then(), 406, "not-acceptable", PATH);
        String padded = "{\"body\": \"Huge\"" + " ".repeat(1024 * 1024) + "}";
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).body(padded)
                .when().post(PATH).then(), 413, "payload-too-large", PATH);
    }
}
