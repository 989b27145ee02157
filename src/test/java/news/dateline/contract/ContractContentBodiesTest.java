package news.dateline.contract;

import static news.dateline.contract.Contract.EDITOR_KEY;
import static news.dateline.contract.Contract.EXPECT_CONTINUE;
import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.RESPONSE_VALIDATOR;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.suffix;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bodies that articles, tags and people refuse alike keep the contract, for each of the three: malformed or mistyped
 * JSON and unknown properties (400), too large (413), not JSON (415) and invalid (422).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractContentBodiesTest {

    @TestHTTPResource("/api/v1/tags")
    URI tagsUri;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedJsonIsRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("malformed-" + suffix()));
        String malformed = "{\"" + kind.nameField + "\": \"unterminated";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(malformed)
                .when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"" + kind.nameField + "\": ")
                .when().post(kind.path).then(), kind.path)
                .body("detail", containsString("not well-formed JSON"));
        // A whole document followed by anything else is not one JSON document either.
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body("{\"" + kind.nameField + "\": \"Fine\"} trailing").when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(malformed).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(malformed).when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void missingBodiesAreRejectedWith400(Kind kind) {
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("null").when().post(kind.path).then(),
                kind.path);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void wrongJsonTypesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("wrong-type-" + suffix()));
        String number = "{\"" + kind.nameField + "\": 42}";
        String notAnArray = "{\"" + kind.nameField + "\": \"Fine\", \"" + (kind == Kind.ARTICLES ? "tags" : "aliases")
                + "\": \"not-an-array\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(number)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(kind.nameField))
                .body("errors.message", hasItem("must be a string"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(notAnArray)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(kind == Kind.ARTICLES ? "tags" : "aliases"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("[1, 2]")
                .when().post(kind.path).then(), kind.path);
        if (kind == Kind.ARTICLES) {
            expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                    .body("{\"title\": \"Fine\", \"publishAt\": \"yesterday\"}")
                    .when().post(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("publishAt")));
        }
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(number).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(number).when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id())
                .body("errors.field", hasItem(kind.nameField));
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("[]").when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ARTICLES", "TAGS"}) // people have no enumerated field
    void unknownEnumValuesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("enum-" + suffix()));
        String field = kind == Kind.ARTICLES ? "status" : "kind";
        String allowed = kind == Kind.ARTICLES ? "draft, scheduled, published, archived"
                : "topic, place, organisation, event";
        String body = "{\"" + kind.nameField + "\": \"Fine\", \"" + field + "\": \"live\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(body)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem("must be one of: " + allowed));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(body).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"" + field + "\": \"live\"}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem(field));
        if (kind == Kind.ARTICLES) {
            expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                    .body("{\"title\": \"Fine\", \"people\": [{\"person\": \"someone\", \"role\": \"boss\"}]}")
                    .when().post(kind.path).then(), kind.path);
        }
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownPropertiesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("unknown-property-" + suffix()));
        String body = "{\"" + kind.nameField + "\": \"Fine\", \"headline\": \"Not a field\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(body)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem("headline"))
                .body("errors.message", hasItem("is not a known property"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(body).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"headline\": \"Not a field\"}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem("headline"));
        // Server-managed fields are not writable either.
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body("{\"" + kind.nameField + "\": \"Fine\", \"id\": \"123\"}")
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem("id"));
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"version\": 7}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem("version"));
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oversizeBodiesAreRejectedWith413(Kind kind) {
        Created created = create(kind, kind.minimal("oversize-" + suffix()));
        String one = kind.path + "/" + created.id();
        // Valid JSON and valid against the schema (whitespace between tokens is free), just over 1 MiB.
        String padded = "{\"" + kind.nameField + "\": \"Huge\"" + " ".repeat(1024 * 1024) + "}";
        String newSlug = "oversize-new-" + suffix();
        String paddedNew = "{\"slug\": \"" + newSlug + "\", " + padded.substring(1);

        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).body(paddedNew)
                .when().post(kind.path).then(), 413, "payload-too-large", kind.path);
        editor().when().get(kind.path + "/" + newSlug).then().statusCode(404); // the refused POST wrote nothing
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(padded).when().put(one).then(), 413, "payload-too-large", one);
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(padded).when().patch(one).then(), 413, "payload-too-large", one);
        assertUnchanged(kind, created);
    }

    /**
     * A body streamed without a {@code Content-Length} (chunked) cannot be refused up front, but once it passes the
     * limit the answer must still be the documented 413 problem. REST Assured always declares a length, so this
     * request goes through {@code java.net.http} and its response through the same validator as the others.
     */
    @Test
    void chunkedOversizeBodiesAreRejectedWith413Problem() throws Exception {
        byte[] padded = ("{\"name\": \"Huge\"" + " ".repeat(1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(tagsUri)
                        .header("Authorization", EDITOR_KEY)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded)))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        ValidationReport report = RESPONSE_VALIDATOR.validateResponse(Kind.TAGS.path, Request.Method.POST, answer.build());
        assertFalse(report.hasErrors(), () -> "the 413 breaks the contract: " + report.getMessages());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unsupportedMediaTypesAreRejectedWith415(Kind kind) {
        Created created = create(kind, kind.minimal("media-type-" + suffix()));
        String one = kind.path + "/" + created.id();
        String json = "{\"" + kind.nameField + "\": \"Fine\"}";

        // The request side is not validated: the contract does not allow these media types.
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .body(json).when().post(kind.path).then(), 415, "unsupported-media-type", kind.path);
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .header("If-Match", created.etag()).body(json).when().put(one).then(),
                415, "unsupported-media-type", one);
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .header("If-Match", created.etag()).body(json).when().patch(one).then(),
                415, "unsupported-media-type", one);
        // A merge patch must say it is one: plain JSON is not accepted on PATCH.
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .header("If-Match", created.etag()).body(json).when().patch(one).then(),
                415, "unsupported-media-type", one);
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void constraintViolationsAreRejectedWith422(Kind kind) {
        Created created = create(kind, kind.minimal("invalid-" + suffix()));
        String one = kind.path + "/" + created.id();
        // Blank but not empty: the schema (minLength 1) allows it, the server must not.
        Map<String, Object> blank = Map.of(kind.nameField, "   ");

        expectProblem(editor().contentType(ContentType.JSON).body(blank).when().post(kind.path).then(),
                422, "validation-failed", kind.path)
                .body("errors.field", hasItem(kind.nameField));
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", created.etag()).body(blank)
                .when().put(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", created.etag()).body(blank)
                .when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        // Removing a required member with a merge patch leaves an invalid document.
        // The patch schemas say so too (not nullable), so only the response is validated.
        expectProblem(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"" + kind.nameField + "\": null}").when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        assertUnchanged(kind, created);
    }
}
