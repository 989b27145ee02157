package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.PROBLEM;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may write articles, tags and people, and when, keeps the contract for each of the three: no key or a wrong one
 * (401), a key without the scope (403), a taken slug (409), a stale or missing If-Match (412, 428), and the media type
 * a DELETE documents.
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractContentWritesTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithoutAKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, kind.minimal("no-key-" + suffix()));
        String one = kind.path + "/" + created.id();

        // The request side is not validated: the contract requires the key these requests leave out.
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(kind.minimal("no-key-new-" + suffix())).when().post(kind.path).then(), kind.path);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(kind.minimal(created.slug())).when().put(one).then(), one);
        expectUnauthorized(withoutKey().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), one);
        expectUnauthorized(withoutKey().header("If-Match", created.etag()).when().delete(one).then(), one);
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithAWrongKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, kind.minimal("wrong-key-" + suffix()));
        String one = kind.path + "/" + created.id();

        expectUnauthorized(wrongKey().contentType(ContentType.JSON)
                .body(kind.minimal("wrong-key-new-" + suffix())).when().post(kind.path).then(), kind.path);
        expectUnauthorized(wrongKey().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(kind.minimal(created.slug())).when().put(one).then(), one);
        expectUnauthorized(wrongKey().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), one);
        expectUnauthorized(deleting(wrongKey()).header("If-Match", created.etag()).when().delete(one).then(), one);
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithAKeyWithoutTheScopeAreRejectedWith403(Kind kind) {
        Created created = create(kind, kind.minimal("read-only-key-" + suffix()));
        String one = kind.path + "/" + created.id();
        String reader = "Bearer " + issueKey("content:read");

        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(kind.minimal("read-only-new-" + suffix())).when().post(kind.path).then(), 403, "forbidden",
                kind.path);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .header("If-Match", created.etag()).body(kind.minimal(created.slug())).when().put(one).then(),
                403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).contentType(MERGE_PATCH)
                .header("If-Match", created.etag()).body(Map.of(kind.nameField, "Changed")).when().patch(one)
                .then(), 403, "forbidden", one);
        expectProblem(deleting(anonymous()).header("Authorization", reader).header("If-Match", created.etag())
                .when().delete(one).then(), 403, "forbidden", one);
        assertUnchanged(kind, created);
    }

    /**
     * A DELETE succeeds with no body and fails with {@code application/problem+json}, the only media type the
     * contract documents for it, so a client that asks for exactly that must not be refused with 406.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteAcceptsTheProblemMediaTypeItDocuments(Kind kind) {
        Created created = create(kind, kind.minimal("accept-problem-" + suffix()));
        editor().accept(PROBLEM).header("If-Match", created.etag())
                .when().delete(kind.path + "/" + created.id())
                .then().statusCode(204);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void takenSlugsAreRejectedWith409(Kind kind) {
        Created first = create(kind, kind.minimal("taken-" + suffix()));
        Created second = create(kind, kind.minimal("other-" + suffix()));
        String two = kind.path + "/" + second.id();

        expectProblem(editor().contentType(ContentType.JSON).body(kind.minimal(first.slug()))
                .when().post(kind.path).then(), 409, "conflict", kind.path)
                .body("detail", containsString(first.slug()))
                .body("errors.field", is(List.of("slug"))); // names the taken field: people have two unique ones
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", second.etag())
                .body(kind.minimal(first.slug())).when().put(two).then(), 409, "conflict", two);
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", second.etag())
                .body(Map.of("slug", first.slug())).when().patch(two).then(), 409, "conflict", two);
        assertUnchanged(kind, second);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleIfMatchIsRejectedWith412(Kind kind) {
        Created created = create(kind, kind.minimal("stale-" + suffix()));
        String one = kind.path + "/" + created.id();
        String current = editor().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed once")).when().patch(one)
                .then().statusCode(200).extract().header("ETag");
        String stale = created.etag();

        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", stale)
                .body(kind.minimal(created.slug())).when().put(one).then(), 412, "precondition-failed", one);
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", stale)
                .body(Map.of(kind.nameField, "Changed twice")).when().patch(one).then(), 412, "precondition-failed", one);
        expectProblem(deleting(editor()).header("If-Match", stale).when().delete(one).then(), 412, "precondition-failed", one);
        // A weak tag never matches: If-Match compares strongly.
        expectProblem(deleting(editor()).header("If-Match", "W/" + current).when().delete(one).then(),
                412, "precondition-failed", one);

        editor().when().get(one).then().statusCode(200)
                .header("ETag", is(current))
                .body(kind.nameField, is("Changed once"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithoutIfMatchAreRejectedWith428(Kind kind) {
        Created created = create(kind, kind.minimal("unconditional-" + suffix()));
        String one = kind.path + "/" + created.id();

        expectProblem(editor().contentType(ContentType.JSON).body(kind.minimal(created.slug()))
                .when().put(one).then(), 428, "precondition-required", one);
        expectProblem(editor().contentType(MERGE_PATCH).body(Map.of(kind.nameField, "Changed"))
                .when().patch(one).then(), 428, "precondition-required", one);
        expectProblem(deleting(editor()).when().delete(one).then(), 428, "precondition-required", one);
        // "*" does not state a version either.
        expectProblem(deleting(editor()).header("If-Match", "*").when().delete(one).then(), 428, "precondition-required", one);
        assertUnchanged(kind, created);
    }
}
