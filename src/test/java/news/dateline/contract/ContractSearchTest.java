package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Search keeps the contract (the behaviour is tested in search/SearchResourceTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractSearchTest {

    @Test
    void searchConformsToTheContract() {
        String suffix = suffix();
        String slug = "search-" + suffix;
        create(Kind.ARTICLES, Map.of("slug", slug, "title", "Lavrov in Malta " + suffix, "status", "published"));
        Created lavrov = create(Kind.PEOPLE, Map.of("slug", "search-lavrov-" + suffix,
                "name", "Sergei Lavrov " + suffix));
        String search = "/api/v1/search";

        String etag = anonymous().queryParam("q", "lavrov " + suffix).when().get(search)
                .then().statusCode(200)
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .header("Last-Modified", notNullValue())
                .body("articles.slug", is(List.of(slug)))
                .body("articles[0].highlight", containsString("<mark>Lavrov</mark>"))
                .body("people.slug", is(List.of(lavrov.slug())))
                .extract().header("ETag");
        anonymous().queryParam("q", "lavrov " + suffix).header("If-None-Match", etag)
                .when().get(search).then().statusCode(304).header("ETag", is(etag));
        expectPreconditionFailed(anonymous().queryParam("q", "lavrov " + suffix), search);
        // Nothing found: empty lists, and no Last-Modified, as there is nothing to date.
        anonymous().queryParam("q", "nothing " + suffix).when().get(search)
                .then().statusCode(200)
                .header("Last-Modified", nullValue())
                .body("articles", is(List.of()))
                .body("tags", is(List.of()))
                .body("people", is(List.of()));
        editor().queryParam("q", "lavrov " + suffix).queryParam("limit", 50).when().get(search)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("articles.slug", is(List.of(slug)));
        expectBadRequest(withoutKey().queryParam("q", " ").when().get(search).then(), search)
                .body("errors.field", is(List.of("q")));
        // The query language: a boolean query, and a syntax error with its position.
        anonymous().queryParam("q", "(lavrov OR blinken) AND title:" + suffix + " NOT trump").when().get(search)
                .then().statusCode(200)
                .body("articles.slug", is(List.of(slug)));
        expectBadRequest(withoutKey().queryParam("q", "lavrov AND (malta").when().get(search).then(), search)
                .body("errors.field", is(List.of("q")))
                .body("position", is(11))
                .body("detail", containsString("never closed"));
        expectBadRequest(withoutKey().queryParam("q", "\"").when().get(search).then(), search)
                .body("position", is(0));
        expectUnauthorized(wrongKey().queryParam("q", "lavrov").when().get(search).then(), search);
        expectProblem(withoutKey().accept("text/html").queryParam("q", "lavrov").when().get(search).then(),
                406, "not-acceptable", search);
    }
}
