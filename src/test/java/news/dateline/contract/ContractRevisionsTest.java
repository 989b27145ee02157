package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An article's history keeps the contract (the behaviour is tested in article/ArticleRevisionsTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractRevisionsTest {

    @Test
    void historyReadsConformToTheContract() {
        Created article = create(Kind.ARTICLES, Map.of("slug", "revised-" + suffix(), "title", "Sinirlioglu named",
                "body", "Sinirlioglu takes office."));
        String path = Kind.ARTICLES.path + "/" + article.id();
        editor().contentType(Contract.MERGE_PATCH).header("If-Match", article.etag())
                .body(Map.of("title", "Feridun Sinirlioğlu named", "status", "published"))
                .when().patch(path).then().statusCode(200);

        String list = path + "/revisions";
        String etag = editor().when().get(list).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("items.reason", contains("published", "created")).extract().header("ETag");
        editor().header("If-None-Match", etag).when().get(list).then().statusCode(304);
        editor().queryParam("page", 1).queryParam("limit", 1).when().get(list).then().statusCode(200)
                .body("page.totalItems", is(2));

        String one = list + "/0";
        String revisionEtag = editor().when().get(one).then().statusCode(200)
                .body("snapshot.title", is("Sinirlioglu named")).extract().header("ETag");
        editor().header("If-None-Match", revisionEtag).when().get(one).then().statusCode(304);

        String diff = list + "/1/diff";
        String diffEtag = editor().when().get(diff).then().statusCode(200)
                .body("changed", contains("title", "status", "publishedAt")).extract().header("ETag");
        editor().header("If-None-Match", diffEtag).when().get(diff).then().statusCode(304);
        editor().queryParam("against", "1").when().get(list + "/0/diff").then().statusCode(200)
                .body("against", is(1));
        editor().when().get(list + "/0/diff").then().statusCode(200).body("against", is((Object) null));
    }

    @Test
    void historyIsNotFoundForEveryoneButEditors() {
        Created article = create(Kind.ARTICLES, Map.of("slug", "hidden-history-" + suffix(), "title", "A draft",
                "status", "published"));
        String list = Kind.ARTICLES.path + "/" + article.id() + "/revisions";
        String reader = "Bearer " + issueKey("content:read");
        for (String path : List.of(list, list + "/0", list + "/0/diff")) {
            expectProblem(withoutKey().when().get(path).then(), 404, "not-found", path);
            expectProblem(anonymous().header("Authorization", reader).when().get(path).then(), 404, "not-found", path);
            expectUnauthorized(wrongKey().when().get(path).then(), path);
            expectProblem(withoutKey().header("Authorization", Contract.EDITOR_KEY).accept("text/html").when().get(path)
                    .then(), 406, "not-acceptable", path);
        }
        expectProblem(editor().when().get(list + "/9").then(), 404, "not-found", list + "/9");
        expectProblem(editor().when().get(list + "/9/diff").then(), 404, "not-found", list + "/9/diff");
        expectBadRequest(deliberatelyInvalid().queryParam("cursor", "nonsense").when().get(list).then(), list);
        expectBadRequest(deliberatelyInvalid().queryParam("against", "-1").when().get(list + "/0/diff").then(),
                list + "/0/diff");
        expectProblem(editor().queryParam("against", "0").when().get(list + "/0/diff").then(), 422,
                "validation-failed", list + "/0/diff");
    }

    @Test
    void restoreConformsToTheContract() {
        String slug = "restored-" + suffix();
        Created article = create(Kind.ARTICLES, Map.of("slug", slug, "title", "The first title"));
        String path = Kind.ARTICLES.path + "/" + article.id();
        String edited = editor().contentType(Contract.MERGE_PATCH).header("If-Match", article.etag())
                .body(Map.of("title", "A bad edit")).when().patch(path).then().statusCode(200).extract().header("ETag");
        String restore = path + "/revisions/0/restore";

        expectProblem(editor().when().post(restore).then(), 428, "precondition-required", restore);
        expectProblem(editor().header("If-Match", article.etag()).when().post(restore).then(), 412,
                "precondition-failed", restore);
        expectUnauthorized(wrongKey().header("If-Match", edited).when().post(restore).then(), restore);
        expectProblem(anonymous().header("Authorization", "Bearer " + issueKey("content:read"))
                .header("If-Match", edited).when().post(restore).then(), 403, "forbidden", restore);
        expectProblem(withoutKey().header("Authorization", Contract.EDITOR_KEY).accept("text/html")
                .header("If-Match", edited).when().post(restore).then(), 406, "not-acceptable", restore);
        expectProblem(editor().header("If-Match", edited).when().post(path + "/revisions/7/restore").then(), 404,
                "not-found", path + "/revisions/7/restore");

        String restored = editor().header("If-Match", edited).when().post(restore).then().statusCode(200)
                .body("title", is("The first title")).body("version", is(2)).extract().header("ETag");

        // Revision 0's slug now names another article: 409, as any write that takes a slug gets.
        String renamed = editor().contentType(Contract.MERGE_PATCH).header("If-Match", restored)
                .body(Map.of("slug", slug + "-moved")).when().patch(path).then().statusCode(200).extract().header("ETag");
        create(Kind.ARTICLES, Map.of("slug", slug, "title", "Took the slug"));
        expectProblem(editor().header("If-Match", renamed).when().post(restore).then(), 409, "conflict", restore);

        // Revision 3 links a tag deleted since: 422, naming the link.
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("gone-" + suffix()));
        String tagged = editor().contentType(Contract.MERGE_PATCH).header("If-Match", renamed)
                .body(Map.of("tags", List.of(tag.slug()))).when().patch(path).then().statusCode(200).extract()
                .header("ETag");
        String untagged = editor().contentType(Contract.MERGE_PATCH).header("If-Match", tagged)
                .body(Map.of("tags", List.of())).when().patch(path).then().statusCode(200).extract().header("ETag");
        Contract.deleting(editor()).header("If-Match", tag.etag()).when().delete(Kind.TAGS.path + "/" + tag.id())
                .then().statusCode(204);
        expectProblem(editor().header("If-Match", untagged).when().post(path + "/revisions/4/restore").then(), 422,
                "validation-failed", path + "/revisions/4/restore").body("errors[0].field", is("tags[0]"));
        editor().when().get(path + "/revisions").then().body("items[0].number", is(5));
    }
}
