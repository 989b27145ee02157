package news.dateline.contract;

import static news.dateline.contract.Contract.EXPECT_CONTINUE;
import static news.dateline.contract.Contract.FEED_TYPES;
import static news.dateline.contract.Contract.UTC_TIMESTAMP;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.feedReader;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/articles/{ref}/corrections} and {@code /feeds/corrections.*} keep the contract: the note and the
 * article that shows it, and every refusal (the behaviour is tested in article/CorrectionsTest).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractCorrectionsTest {

    private static final Map<String, String> NOTE = Map.of("kind", "correction",
            "text", "An earlier version misspelt the name of the OSCE Secretary-General.");

    @Test
    void aNoteIsCreatedAndShownInTheArticleAndTheFeeds() {
        Created article = published("noted");
        String path = Kind.ARTICLES.path + "/" + article.id();
        editor().contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(path + "/corrections").then().statusCode(201)
                .header("Location", endsWith(path))
                .header("ETag", startsWith("\"1-"))
                .body("kind", is("correction"))
                .body("at", matchesPattern(UTC_TIMESTAMP));
        anonymous().when().get(path).then().statusCode(200)
                .body("corrections.kind", is(List.of("correction")))
                .body("contentUpdatedAt", matchesPattern(UTC_TIMESTAMP));

        for (String extension : FEED_TYPES.keySet()) {
            String feed = "/feeds/corrections." + extension;
            String etag = feedReader(extension).queryParam("limit", 5).when().get(feed).then().statusCode(200)
                    .contentType(FEED_TYPES.get(extension))
                    .header("Surrogate-Key", startsWith("articles "))
                    .extract().header("ETag");
            feedReader(extension).queryParam("limit", 5).header("If-None-Match", etag).when().get(feed)
                    .then().statusCode(304);
            expectPreconditionFailed(feedReader(extension).queryParam("limit", 5), feed);
            expectBadRequest(withoutKey().accept(FEED_TYPES.get(extension)).queryParam("limit", 0).when().get(feed)
                    .then(), feed).body("errors.field", is(List.of("limit")));
            expectUnauthorized(feedReader(extension).header("Authorization", "Bearer not-the-key").when().get(feed)
                    .then(), feed);
        }
    }

    @Test
    void badNotesAreRefusedWithTheirProblemAndChangeNothing() {
        Created article = published("refused");
        String notes = Kind.ARTICLES.path + "/" + article.id() + "/corrections";
        Created draft = create(Kind.ARTICLES, Kind.ARTICLES.minimal("refused-draft-" + suffix()));

        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", draft.etag()).body(NOTE)
                .when().post(Kind.ARTICLES.path + "/" + draft.id() + "/corrections").then(), 422,
                "validation-failed", Kind.ARTICLES.path + "/" + draft.id() + "/corrections")
                .body("errors.field", hasItem("status"));
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", article.etag())
                .body(Map.of("kind", "correction", "text", "x".repeat(2001))).when().post(notes).then(), 422,
                "validation-failed", notes).body("errors.field", hasItem("text"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", article.etag())
                .body(Map.of("kind", "erratum", "text", "Unknown kind.")).when().post(notes).then(), notes);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(notes).then(), notes);
        expectUnauthorized(wrongKey().contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(notes).then(), notes);
        expectProblem(anonymous().header("Authorization", "Bearer " + issueKey("content:read"))
                .contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(notes).then(), 403, "forbidden", notes);
        String missing = Kind.ARTICLES.path + "/no-such-" + suffix() + "/corrections";
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(missing).then(), 404, "not-found", missing);
        expectProblem(withoutKey().header("Authorization", Contract.EDITOR_KEY).accept("text/html")
                .contentType(ContentType.JSON).header("If-Match", article.etag()).body(NOTE)
                .when().post(notes).then(), 406, "not-acceptable", notes);
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", "\"7-stale\"").body(NOTE)
                .when().post(notes).then(), 412, "precondition-failed", notes);
        String padded = "{\"kind\": \"correction\", \"text\": \"Huge\"" + " ".repeat(1024 * 1024) + "}";
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).header("If-Match", article.etag())
                .body(padded).when().post(notes).then(), 413, "payload-too-large", notes);
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT).header("If-Match", article.etag())
                .body("{}").when().post(notes).then(), 415, "unsupported-media-type", notes);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON).body(NOTE).when().post(notes).then(), 428,
                "precondition-required", notes);
        assertUnchanged(Kind.ARTICLES, article);
        assertUnchanged(Kind.ARTICLES, draft);
    }

    private static Created published(String name) {
        return create(Kind.ARTICLES, Map.of("slug", name + "-" + suffix(), "title", "Corrections " + suffix(),
                "status", "published"));
    }
}
