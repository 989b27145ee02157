package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The preview links' operations keep the contract (the behaviour is tested in preview/PreviewResourceTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractPreviewsTest {

    @Test
    void previewLifecycleConformsToTheContract() {
        Created draft = create(Kind.ARTICLES, Kind.ARTICLES.minimal("preview-" + suffix()));
        String previews = "/api/v1/articles/" + draft.slug() + "/previews";
        ExtractableResponse<Response> minted = editor().contentType(ContentType.JSON).body(Map.of("ttlSeconds", 3600))
                .when().post(previews)
                .then().statusCode(201).header("Cache-Control", is("private, no-store"))
                .extract();
        String preview = "/api/v1/previews/" + minted.path("token");
        anonymous().when().get(preview)
                .then().statusCode(200).header("X-Robots-Tag", is("noindex")).body("status", is("published"));
        // A published article's preview is the same bytes on every read, so a client holding them gets a 304.
        Created published = create(Kind.ARTICLES, Map.of("title", "Previewed " + suffix(), "status", "published"));
        String stable = "/api/v1/previews/" + editor().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/articles/" + published.id() + "/previews")
                .then().statusCode(201).extract().path("token");
        String etag = anonymous().when().get(stable).then().statusCode(200).extract().header("ETag");
        anonymous().header("If-None-Match", etag).when().get(stable).then().statusCode(304)
                .header("X-Robots-Tag", is("noindex"));
        editor().when().get(previews).then().statusCode(200).body("items.id", hasItem(minted.<String>path("id")));

        expectUnauthorized(wrongKey().when().get(preview).then(), preview);
        expectUnauthorized(wrongKey().when().get(previews).then(), previews);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON).body("{}").when().post(previews).then(),
                previews);
        String one = previews + "/" + minted.path("id");
        expectUnauthorized(deleting(withoutKey()).when().delete(one).then(), one);
        String reader = "Bearer " + issueKey("content:read");
        expectProblem(anonymous().header("Authorization", reader).when().get(previews).then(), 404, "not-found",
                previews);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON).body("{}")
                .when().post(previews).then(), 403, "forbidden", previews);
        expectProblem(deleting(anonymous()).header("Authorization", reader).when().delete(one).then(), 403,
                "forbidden", one);

        expectProblem(editor().contentType(ContentType.JSON).body(Map.of("revision", 999))
                .when().post(previews).then(), 422, "validation-failed", previews);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON).body(Map.of("ttlSeconds", 604801))
                .when().post(previews).then(), 422, "validation-failed", previews);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"ttlSeconds\":\"soon\"}")
                .when().post(previews).then(), previews);
        String unknown = "/api/v1/articles/no-such-article-" + suffix() + "/previews";
        expectProblem(editor().contentType(ContentType.JSON).body("{}").when().post(unknown).then(), 404,
                "not-found", unknown);
        String unknownPreview = previews + "/" + UUID.randomUUID();
        expectProblem(deleting(editor()).when().delete(unknownPreview).then(), 404, "not-found", unknownPreview);
        expectProblem(withoutKey().when().get("/api/v1/previews/not-a-token").then(), 404, "not-found",
                "/api/v1/previews/not-a-token");

        deleting(editor()).when().delete(one).then().statusCode(204);
        expectProblem(anonymous().when().get(preview).then(), 404, "not-found", preview);
    }
}
