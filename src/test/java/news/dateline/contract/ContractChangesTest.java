package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The change stream keeps the contract (the behaviour is tested in sync/ChangeStreamTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractChangesTest {

    @Test
    void changeStreamConformsToTheContract() {
        String changes = "/api/v1/changes";
        var first = anonymous().queryParam("limit", 500).when().get(changes).then().statusCode(200).extract();
        String token = first.path("next");
        for (boolean more = first.path("hasMore"); more; ) { // to the end of what tests have written so far
            var page = anonymous().queryParam("since", token).queryParam("limit", 500).when().get(changes)
                    .then().statusCode(200).extract();
            token = page.path("next");
            more = page.path("hasMore");
        }
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("synced-" + suffix()));
        Created article = create(Kind.ARTICLES, Map.of("slug", "synced-" + suffix(), "title", "Synced",
                "status", "published", "tags", List.of(tag.slug())));
        Created person = create(Kind.PEOPLE, Kind.PEOPLE.minimal("synced-" + suffix()));
        deleting(editor()).header("If-Match", article.etag()).when().delete(Kind.ARTICLES.path + "/" + article.id())
                .then().statusCode(204);
        anonymous().queryParam("since", token).when().get(changes)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-cache"))
                .header("Link", startsWith("</api/v1/changes?since="))
                .body("changes.id", is(List.of(tag.id(), person.id(), article.id())))
                .body("changes.action", is(List.of("upsert", "upsert", "delete")))
                .body("changes[0].data.slug", is(tag.slug()))
                .body("hasMore", is(false));
        editor().queryParam("since", token).queryParam("limit", 1).when().get(changes)
                .then().statusCode(200)
                .body("changes.id", is(List.of(tag.id())))
                .body("hasMore", is(true));
        expectBadRequest(withoutKey().queryParam("since", "not-a-token").when().get(changes).then(), changes)
                .body("errors.field", is(List.of("since")));
        expectBadRequest(withoutKey().queryParam("limit", 501).when().get(changes).then(), changes)
                .body("errors.field", is(List.of("limit")));
        expectUnauthorized(wrongKey().when().get(changes).then(), changes);
        expectProblem(withoutKey().accept("text/html").when().get(changes).then(), 406, "not-acceptable", changes);
    }
}
