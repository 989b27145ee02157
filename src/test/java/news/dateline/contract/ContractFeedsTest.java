package news.dateline.contract;

import static io.restassured.RestAssured.given;
import static news.dateline.contract.Contract.CONFIG;
import static news.dateline.contract.Contract.FEED_TYPES;
import static news.dateline.contract.Contract.RESPONSE_CONTRACT;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectPreconditionFailed;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.feedReader;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.ExercisedResponses.RECORDER;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feeds keep the contract (the behaviour is tested in feed/FeedResourceTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractFeedsTest {

    @Test
    void feedsConformToTheContract() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Map.of("slug", "feed-" + suffix, "name", "Feed " + suffix));
        Created person = create(Kind.PEOPLE, Map.of("slug", "feed-writer-" + suffix, "name", "Feed Writer " + suffix));
        create(Kind.ARTICLES, Map.of("slug", "feed-article-" + suffix, "title", "Feeds in Malta " + suffix,
                "status", "published", "tags", List.of(tag.slug()),
                "people", List.of(Map.of("person", person.slug(), "role", "author")),
                "featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta.jpg")));
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + tag.slug(), "/feeds/people/" + person.slug())) {
            for (String extension : FEED_TYPES.keySet()) {
                String path = feed + "." + extension;
                String etag = feedReader(extension).queryParam("limit", 5).when().get(path).then().statusCode(200)
                        .contentType(FEED_TYPES.get(extension))
                        .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                        .header("Surrogate-Key", startsWith("articles "))
                        .extract().header("ETag");
                feedReader(extension).queryParam("limit", 5).header("If-None-Match", etag).when().get(path)
                        .then().statusCode(304).header("ETag", is(etag));
                expectPreconditionFailed(feedReader(extension).queryParam("limit", 5), path);
                // Out of range: the request breaks the contract on purpose, so only the answer is validated.
                expectBadRequest(given().config(CONFIG).filter(RECORDER).filter(RESPONSE_CONTRACT)
                        .accept(FEED_TYPES.get(extension)).queryParam("limit", 101).when().get(path).then(), path)
                        .body("errors.field", is(List.of("limit")));
                expectUnauthorized(feedReader(extension).header("Authorization", "Bearer not-the-key")
                        .when().get(path).then(), path);
            }
        }
        for (String feed : List.of("/feeds/tags/no-such-" + suffix, "/feeds/people/no-such-" + suffix)) {
            for (String extension : FEED_TYPES.keySet()) {
                expectProblem(feedReader(extension).when().get(feed + "." + extension).then(), 404, "not-found",
                        feed + "." + extension);
            }
        }
    }
}
