package news.dateline.contract;

import static news.dateline.contract.Contract.SITEMAPS;
import static news.dateline.contract.Contract.XML;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sitemaps keep the contract (the behaviour is tested in sitemap/). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractSitemapsTest {

    @Test
    void sitemapsConformToTheContract() {
        String s = suffix();
        create(Kind.TAGS, Kind.TAGS.minimal("mapped-" + s));
        create(Kind.PEOPLE, Kind.PEOPLE.minimal("mapped-" + s));
        create(Kind.ARTICLES, Map.of("slug", "mapped-" + s, "title", "Mapped " + s, "status", "published"));
        for (String path : SITEMAPS) {
            String etag = anonymous().accept(XML).when().get(path)
                    .then().statusCode(200)
                    .header("Content-Type", is("application/xml;charset=UTF-8"))
                    .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]+\"$"))
                    .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                    .header("Surrogate-Key", notNullValue())
                    .header("Last-Modified", nullValue())
                    .extract().header("ETag");
            anonymous().accept(XML).header("If-None-Match", etag).when().get(path)
                    .then().statusCode(304).header("ETag", is(etag));
            expectPreconditionFailed(anonymous().accept(XML), path);
            editor().accept(XML).when().get(path)
                    .then().statusCode(200).header("Cache-Control", is("private, no-store"));
            expectUnauthorized(wrongKey().accept(XML).when().get(path).then(), path);
            // The validator refuses an Accept that matches no documented type: only the response is checked.
            expectProblem(withoutKey().when().get(path).then(), 406, "not-acceptable", path);
        }
        for (String kind : List.of("articles", "tags", "people")) {
            String past = "/sitemaps/" + kind + "-999999.xml";
            expectProblem(anonymous().accept(XML).when().get(past).then(), 404, "not-found", past);
        }
    }
}
