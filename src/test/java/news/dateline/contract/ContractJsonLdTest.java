package news.dateline.contract;

import static news.dateline.contract.Contract.LD_JSON;
import static news.dateline.contract.Contract.STRONG_VERSIONED_ETAG;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.randomWikidataId;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An article's JSON-LD keeps the contract (the behaviour is tested in jsonld/). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractJsonLdTest {

    @Test
    void articleJsonLdConformsToTheContract() {
        String s = suffix();
        Created osce = create(Kind.TAGS, Map.of("slug", "osce-" + s, "name", "OSCE " + s, "kind", "organisation"));
        Created trump = create(Kind.PEOPLE, Map.of("slug", "donald-trump-" + s, "name", "Donald Trump",
                "title", "U.S. President-elect", "wikidataId", randomWikidataId()));
        Created reporter = create(Kind.PEOPLE, Kind.PEOPLE.minimal("reporter-" + s));
        Created article = create(Kind.ARTICLES, Map.of("slug", "jsonld-" + s,
                "title", "Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine", "status", "published",
                "body", "December 5, 2024 – Russian Foreign Minister **Sergei Lavrov** will meet Antony Blinken.",
                "datelinePlace", "Malta", "featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta.jpg",
                        "caption", "The OSCE ministerial council opens in Malta"),
                "tags", List.of(osce.slug()),
                "people", List.of(Map.of("person", trump.slug(), "role", "mentioned"),
                        Map.of("person", reporter.slug(), "role", "author"))));
        Created draft = create(Kind.ARTICLES, Kind.ARTICLES.minimal("jsonld-draft-" + s));
        String one = Kind.ARTICLES.path + "/" + article.slug() + "/jsonld";

        ExtractableResponse<Response> ld = anonymous().accept(LD_JSON).when().get(one)
                .then().statusCode(200)
                .header("Content-Type", startsWith(LD_JSON))
                .header("ETag", matchesPattern(STRONG_VERSIONED_ETAG))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .header("Surrogate-Key", startsWith("article:" + article.id()))
                .extract();
        anonymous().accept(LD_JSON).header("If-None-Match", ld.header("ETag")).when().get(one)
                .then().statusCode(304).header("ETag", is(ld.header("ETag")));
        anonymous().accept(LD_JSON).header("If-Modified-Since", ld.header("Last-Modified"))
                .when().get(Kind.ARTICLES.path + "/" + article.id() + "/jsonld").then().statusCode(304);
        expectPreconditionFailed(anonymous().accept(LD_JSON), one);
        String hidden = Kind.ARTICLES.path + "/" + draft.slug() + "/jsonld";
        expectProblem(anonymous().accept(LD_JSON).when().get(hidden).then(), 404, "not-found", hidden);
        editor().accept(LD_JSON).when().get(hidden).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        String unknown = Kind.ARTICLES.path + "/no-such-" + s + "/jsonld";
        expectProblem(anonymous().accept(LD_JSON).when().get(unknown).then(), 404, "not-found", unknown);
        expectUnauthorized(wrongKey().accept(LD_JSON).when().get(one).then(), one);
        expectProblem(withoutKey().accept("text/html").when().get(one).then(), 406, "not-acceptable", one);
    }
}
