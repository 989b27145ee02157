package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.nextCursor;
import static news.dateline.contract.Contract.publishedIfArticle;
import static news.dateline.contract.Contract.sparse;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads that articles, tags and people answer alike keep the contract, for each of the three: sparse fields,
 * conditional reads (304, 412), bad paging and field parameters (400), a wrong key (401), unknown refs (404) and an
 * Accept the API cannot answer (406).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractContentReadsTest {

    /**
     * {@code fields=} keeps only the named properties, so these responses go through a validator that does not
     * require the properties left out; everything else (the request, types, formats, no unknown properties) is
     * checked as usual.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void sparseFieldsConformToTheContract(Kind kind) {
        String s = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("sparse-" + s));
        Created created = kind == Kind.TAGS ? tag : create(kind, publishedIfArticle(kind, kind == Kind.ARTICLES
                ? Map.of("slug", "sparse-" + s, "title", "Sparse " + s, "tags", List.of(tag.slug()))
                : kind.minimal("sparse-" + s)));
        String one = kind.path + "/" + created.slug();

        assertEquals(Set.of("slug", kind.nameField), sparse().queryParam("fields", "slug," + kind.nameField)
                .when().get(one).then().statusCode(200).extract().jsonPath().getMap("$").keySet());
        assertEquals(Set.of("id", "version"), sparse().queryParam("fields", "id").queryParam("fields", "version")
                .when().get(one).then().statusCode(200).extract().jsonPath().getMap("$").keySet());

        RequestSpecification list = sparse().queryParam("fields", "id,slug," + kind.nameField).queryParam("limit", 5);
        if (kind == Kind.ARTICLES) {
            list.queryParam("tag", tag.slug());
        }
        List<Map<String, Object>> items = list.when().get(kind.path).then().statusCode(200)
                .body("page", is(Map.of("limit", 5)))
                .extract().jsonPath().getList("items");
        assertFalse(items.isEmpty());
        items.forEach(item -> assertEquals(Set.of("id", "slug", kind.nameField), item.keySet()));

        if (kind == Kind.ARTICLES) {
            // A part a list leaves out by default comes when a field of it is named.
            sparse().queryParam("tag", tag.slug()).queryParam("fields", "slug,tags,bodyText")
                    .when().get(kind.path)
                    .then().statusCode(200)
                    .body("items[0].keySet()", is(Set.of("slug", "tags", "bodyText")))
                    .body("items[0].tags.slug", is(List.of(tag.slug())));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void conditionalGetsAreAnsweredNotModified(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("conditional-" + suffix())));
        ExtractableResponse<Response> one = anonymous().when().get(kind.path + "/" + created.slug())
                .then().statusCode(200).extract();

        anonymous().header("If-None-Match", one.header("ETag"))
                .when().get(kind.path + "/" + created.slug())
                .then().statusCode(304)
                .header("ETag", is(one.header("ETag")));
        anonymous().header("If-Modified-Since", one.header("Last-Modified"))
                .when().get(kind.path + "/" + created.id())
                .then().statusCode(304);
        anonymous().header("If-Match", one.header("ETag")).header("If-Unmodified-Since", one.header("Last-Modified"))
                .when().get(kind.path + "/" + created.slug())
                .then().statusCode(200);
        expectPreconditionFailed(anonymous(), kind.path + "/" + created.slug());
        String path = kind.path + "/" + created.slug();
        expectProblem(anonymous().header("If-Unmodified-Since", "Thu, 05 Dec 2024 08:00:00 GMT").when().get(path)
                .then(), 412, "precondition-failed", path);

        String listTag = anonymous().queryParam("limit", 5).when().get(kind.path)
                .then().statusCode(200).extract().header("ETag");
        anonymous().queryParam("limit", 5).header("If-None-Match", listTag)
                .when().get(kind.path)
                .then().statusCode(304)
                .header("ETag", is(listTag));
        expectPreconditionFailed(anonymous().queryParam("limit", 5), kind.path);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void badPagingParametersAreRejectedWith400(Kind kind) {
        for (String limit : List.of("0", "101", "500", "ten", "-1", "1.5")) {
            expectBadRequest(withoutKey().queryParam("limit", limit).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("limit")));
        }
        for (String page : List.of("0", "-3", "first", "99999999999")) {
            expectBadRequest(withoutKey().queryParam("page", page).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("page")));
        }

        // Cursors: the contract allows any string, so these requests are validated too; the server refuses them.
        String cursor = nextCursor(kind);
        String tampered = cursor.substring(0, cursor.length() - 4) + (cursor.endsWith("AAAA") ? "BBBB" : "AAAA");
        String foreign = nextCursor(kind == Kind.ARTICLES ? Kind.TAGS : Kind.ARTICLES);
        for (String bad : List.of("not-a-cursor", tampered, cursor.substring(0, cursor.length() / 2), foreign)) {
            expectBadRequest(anonymous().queryParam("cursor", bad).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("cursor")));
        }
        // One way to page at a time.
        expectBadRequest(anonymous().queryParam("page", 1).queryParam("cursor", cursor).when().get(kind.path).then(),
                kind.path)
                .body("errors.field", is(List.of("cursor")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownFieldsAreRejectedWith400(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("unknown-field-" + suffix())));
        String one = kind.path + "/" + created.slug();

        // The contract names the fields each resource has, so only the response is validated.
        expectBadRequest(withoutKey().queryParam("fields", "slug,secret").when().get(kind.path).then(), kind.path)
                .body("errors.field", is(List.of("fields")))
                .body("detail", containsString("secret"));
        expectBadRequest(withoutKey().queryParam("fields", "secret").when().get(one).then(), one)
                .body("errors.field", is(List.of("fields")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsWithAWrongKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("read-wrong-key-" + suffix())));
        expectUnauthorized(wrongKey().when().get(kind.path).then(), kind.path);
        expectUnauthorized(wrongKey().when().get(kind.path + "/" + created.slug()).then(),
                kind.path + "/" + created.slug());
        // Not a bearer credential at all: refused too, never downgraded to an anonymous read.
        expectUnauthorized(withoutKey().header("Authorization", "Basic ZWRpdG9yOnNlY3JldA==")
                .when().get(kind.path + "/" + created.slug()).then(), kind.path + "/" + created.slug());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownRefsAreNotFound(Kind kind) {
        for (String ref : List.of("no-such-" + suffix(), UUID.randomUUID().toString())) {
            String one = kind.path + "/" + ref;
            expectProblem(anonymous().when().get(one).then(), 404, "not-found", one)
                    .body("detail", containsString(ref));
            expectProblem(editor().when().get(one).then(), 404, "not-found", one);
            expectProblem(editor().contentType(ContentType.JSON).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"")
                    .body(kind.minimal("whatever-" + suffix())).when().put(one).then(), 404, "not-found", one);
            expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"")
                    .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), 404, "not-found", one);
            expectProblem(deleting(editor()).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"").when().delete(one).then(),
                    404, "not-found", one);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nonJsonAcceptIsRejectedWith406(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("accept-" + suffix())));
        String one = kind.path + "/" + created.id();

        // The validator refuses a request whose Accept matches no documented response type
        // (validation.request.accept.notAllowed), so only the response is checked here.
        expectProblem(withoutKey().accept("text/html").when().get(kind.path).then(),
                406, "not-acceptable", kind.path);
        expectProblem(withoutKey().accept("text/html").when().get(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(ContentType.JSON).body(kind.minimal("accept-new-" + suffix()))
                .when().post(kind.path).then(), 406, "not-acceptable", kind.path);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(ContentType.JSON).header("If-Match", created.etag()).body(kind.minimal(created.slug()))
                .when().put(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(MERGE_PATCH).header("If-Match", created.etag()).body(Map.of(kind.nameField, "Changed"))
                .when().patch(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html").header("If-Match", created.etag())
                .when().delete(one).then(), 406, "not-acceptable", one);
        assertUnchanged(kind, created);
    }
}
