package news.dateline.contract;

import static news.dateline.contract.Contract.UTC_TIMESTAMP;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API keys' operations keep the contract (the behaviour is tested in key/KeyResourceTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractKeysTest {

    @Test
    void keyLifecycleConformsToTheContract() {
        String keys = "/api/v1/keys";
        ExtractableResponse<Response> created = editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Contract " + suffix(), "scopes", List.of("content:write")))
                .when().post(keys)
                .then().statusCode(201)
                .header("Cache-Control", is("private, no-store"))
                .body("secret", startsWith("dl_"))
                .extract();
        String one = keys + "/" + created.path("id");
        assertTrue(created.header("Location").endsWith(one), created.header("Location"));
        editor().when().get(keys).then().statusCode(200).body("items.id", hasItem(created.<String>path("id")));
        editor().when().get(one).then().statusCode(200).body("revokedAt", nullValue());

        String reader = "Bearer " + issueKey("content:read");
        expectProblem(anonymous().header("Authorization", reader).when().get(keys).then(), 403, "forbidden", keys);
        expectProblem(anonymous().header("Authorization", reader).when().get(one).then(), 403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("admin"))).when().post(keys).then(), 403, "forbidden",
                keys);
        expectProblem(deleting(anonymous()).header("Authorization", reader).when().delete(one).then(), 403,
                "forbidden", one);

        expectUnauthorized(withoutKey().when().get(keys).then(), keys);
        expectUnauthorized(withoutKey().when().get(one).then(), one);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("admin"))).when().post(keys).then(), keys);
        expectUnauthorized(deleting(withoutKey()).when().delete(one).then(), one);

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("everything"))).when().post(keys).then(), keys);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "scopes", List.of())).when().post(keys).then(), 422, "validation-failed",
                keys);
        String unknown = keys + "/" + UUID.randomUUID();
        expectProblem(editor().when().get(unknown).then(), 404, "not-found", unknown);
        expectProblem(deleting(editor()).when().delete(unknown).then(), 404, "not-found", unknown);

        deleting(editor()).when().delete(one).then().statusCode(204);
        editor().when().get(one).then().statusCode(200).body("revokedAt", matchesPattern(UTC_TIMESTAMP));
    }
}
