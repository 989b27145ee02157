package news.dateline.facet;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Facets with a timeout no count can meet (1 ms), through HTTP: every facet, exact from the kept counters, counted,
 * sampled or lifted of its own filter, is answered approximately or omitted with its reason, the list itself is
 * whole, and nothing is a 5xx.
 */
@QuarkusTest
@TestProfile(FacetsTimeoutTest.TinyTimeout.class)
class FacetsTimeoutTest {

    /** A statement timeout of 1 ms for every facet count. */
    public static class TinyTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dateline.facets.timeout", "1ms");
        }
    }

    @Test
    void countsThatRunOutOfTimeAreApproximateOrOmittedNeverA5xx() {
        String tag = createTag("Timed " + unique()).path("slug");
        for (int i = 0; i < 3; i++) {
            createArticle(Map.of("title", "Timed " + i + " " + unique(), "status", "published", "tags", List.of(tag)));
        }
        String all = "tags,places,organisations,topics,events,people,language,year";
        for (String query : List.of("facets=" + all, "tag=" + tag + "&facets=" + all,
                "q=timed&language=en&publishedAfter=2000-01-01&facets=" + all)) {
            ExtractableResponse<Response> answer = given().get("/api/v1/articles?" + query).then().statusCode(200)
                    .body("items", not(equalTo(null))).extract();
            Map<String, Map<String, Object>> facets = answer.path("facets");
            facets.forEach((dimension, facet) -> {
                assertCountedOrSaid(query + " " + dimension, facet);
                @SuppressWarnings("unchecked")
                Map<String, Object> without = (Map<String, Object>) facet.get("withoutOwnFilter");
                if (without != null) {
                    assertCountedOrSaid(query + " " + dimension + " without its filter", without);
                }
            });
        }
        given().get("/api/v1/articles?tag=" + tag).then().statusCode(200).body("$", not(hasKey("facets")));
    }

    // Exact (a count can still beat 1 ms), or approximate with a sample size, or omitted with a reason and no values.
    private static void assertCountedOrSaid(String what, Map<String, Object> facet) {
        boolean approximate = (Boolean) facet.get("approximate");
        if (!approximate) {
            return;
        }
        if (facet.get("omitted") != null) {
            org.hamcrest.MatcherAssert.assertThat(what, (List<?>) facet.get("values"), equalTo(List.of()));
        } else {
            org.hamcrest.MatcherAssert.assertThat(what, facet.get("sampleSize"), anyOf(equalTo(2000)));
        }
    }
}
