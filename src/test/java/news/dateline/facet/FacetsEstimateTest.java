package news.dateline.facet;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Facets past {@code dateline.facets.exact-limit} (here 0, so that every estimate is past it), through HTTP: tags and
 * people are counted over the sample at once and say so, while language and year, which need no link rows, are still
 * counted exactly. (FacetsTest, at the default limit, shows the same lists' tags counted exactly.)
 */
@QuarkusTest
@TestProfile(FacetsEstimateTest.NoExactLinks.class)
class FacetsEstimateTest {

    /** Every estimate is past the limit. */
    public static class NoExactLinks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dateline.facets.exact-limit", "0");
        }
    }

    @Test
    void tagsAndPeoplePastTheLimitAreCountedOverTheSampleAtOnce() {
        String tag = createTag("Estimated " + unique()).path("slug");
        for (int i = 0; i < 3; i++) {
            createArticle(Map.of("title", "Estimated " + i + " " + unique(), "status", "published",
                    "tags", List.of(tag)));
        }
        given().get("/api/v1/articles?tag=" + tag + "&facets=tags,people,language").then().statusCode(200)
                .body("facets.tags.approximate", is(true))
                .body("facets.tags.sampleSize", is(2000))
                .body("facets.tags.values.slug", contains(tag))
                .body("facets.tags.values.count", contains(3))
                .body("facets.people.approximate", is(true))
                .body("facets.language.approximate", is(false))
                .body("facets.language.sampleSize", nullValue());
    }
}
