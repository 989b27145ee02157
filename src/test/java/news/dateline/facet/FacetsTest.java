package news.dateline.facet;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Facets of article lists ({@code facets=}): counts under the list's filters and without each dimension's own, only
 * what the caller may see, bounded in N and in time, and cached and invalidated as lists are.
 */
@QuarkusTest
class FacetsTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    FacetCounter counter;

    private String place;
    private String placeId;
    private String topic;
    private String person;

    /**
     * A small world of its own: a place and a topic, a person on every article. Published: three with the place (one
     * with the topic too; en 2023, en 2024, sq 2024), one with the topic only (en 2024). A draft with both.
     */
    @BeforeEach
    void world() {
        var created = editor().body(Map.of("name", "Facet place " + unique(), "kind", "place")).post("/api/v1/tags")
                .then().statusCode(201).extract();
        place = created.path("slug");
        placeId = created.path("id");
        topic = Api.createTag("Facet topic " + unique()).path("slug");
        person = createPerson("Facet Person " + unique()).path("slug");
        article(List.of(place), "en", "2023-05-01T08:00:00Z", "published");
        article(List.of(place, topic), "en", "2024-02-01T08:00:00Z", "published");
        article(List.of(place), "sq", "2024-03-01T08:00:00Z", "published");
        article(List.of(topic), "en", "2024-04-01T08:00:00Z", "published");
        article(List.of(place, topic), "en", null, "draft");
    }

    private void article(List<String> tags, String language, String publishAt, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Facets " + unique(), "status", status, "tags", tags,
                "language", language, "people", List.of(Map.of("person", person, "role", "subject"))));
        if (publishAt != null) {
            body.put("publishAt", publishAt);
        }
        createArticle(body);
    }

    @Test
    void countsEachDimensionOfTheFilteredListAndWithoutItsOwnFilter() {
        given().queryParam("tag", place).queryParam("person", person)
                .queryParam("facets", "tags,people,language,year,places").get(ARTICLES)
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("facets.tags.values.slug", equalTo(List.of(place, topic)))
                .body("facets.tags.values.count", equalTo(List.of(3, 1)))
                .body("facets.tags.values[0].name", containsString("Facet place"))
                .body("facets.tags.approximate", equalTo(false))
                // Without tag=: every article of the person.
                .body("facets.tags.withoutOwnFilter.values.slug", equalTo(List.of(place, topic)))
                .body("facets.tags.withoutOwnFilter.values.count", equalTo(List.of(3, 2)))
                .body("facets.places.values.slug", equalTo(List.of(place)))
                .body("facets.people.values.slug", equalTo(List.of(person)))
                .body("facets.people.values.count", equalTo(List.of(3)))
                // Without person=: every article of the place, still the same person's.
                .body("facets.people.withoutOwnFilter.values.count", equalTo(List.of(3)))
                .body("facets.language.values.code", equalTo(List.of("en", "sq")))
                .body("facets.language.values.count", equalTo(List.of(2, 1)))
                .body("facets.language", not(hasKey("withoutOwnFilter")))
                .body("facets.year.values.year", equalTo(List.of(2024, 2023)))
                .body("facets.year.values.count", equalTo(List.of(2, 1)))
                .header("Surrogate-Key", containsString("tag:" + placeId));

        given().queryParam("person", person).queryParam("language", "sq").queryParam("facets", "language")
                .get(ARTICLES).then().statusCode(200)
                .body("facets.language.values.code", equalTo(List.of("sq")))
                .body("facets.language.withoutOwnFilter.values.code", equalTo(List.of("en", "sq")))
                .body("facets.language.withoutOwnFilter.values.count", equalTo(List.of(3, 1)));
        given().queryParam("person", person).queryParam("publishedAfter", "2024-01-01").queryParam("facets", "year")
                .get(ARTICLES).then().statusCode(200)
                .body("facets.year.values.year", equalTo(List.of(2024)))
                .body("facets.year.values.count", equalTo(List.of(3)))
                .body("facets.year.withoutOwnFilter.values.year", equalTo(List.of(2024, 2023)))
                .body("facets.year.withoutOwnFilter.values.count", equalTo(List.of(3, 1)));
    }

    @Test
    void draftsAreCountedForEditorsOnlyAsTheListShowsThem() {
        String query = ARTICLES + "?person=" + person + "&facets=tags&facets=people";
        given().get(query).then().statusCode(200)
                .body("facets.people.values.count", equalTo(List.of(4)))
                .body("facets.tags.values.count", equalTo(List.of(3, 2)));
        String readKey = editor().body(Map.of("name", "facets app " + unique(), "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + readKey).get(query).then().statusCode(200)
                .body("facets.people.values.count", equalTo(List.of(4)));
        editor().get(query).then().statusCode(200)
                .body("items", hasSize(5))
                .body("facets.people.values.count", equalTo(List.of(5)))
                .body("facets.tags.values.count", equalTo(List.of(4, 3)));
        editor().get(query + "&status=published").then().statusCode(200)
                .body("facets.people.values.count", equalTo(List.of(4)));
    }

    @Test
    void withoutFacetsTheListHasNoFacetsAndEachIsCachedApartAndDroppedOnChange() {
        String faceted = ARTICLES + "?person=" + person + "&facets=people";
        given().get(faceted).then().statusCode(200).body("facets.people.values.count", equalTo(List.of(4)));
        given().get(ARTICLES + "?person=" + person).then().statusCode(200).body("$", not(hasKey("facets")));
        String etag = given().get(faceted).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(faceted).then().statusCode(304);
        article(List.of(topic), "en", "2024-06-01T08:00:00Z", "published");
        given().get(faceted).then().statusCode(200).body("facets.people.values.count", equalTo(List.of(5)))
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void aListThatCanMatchNothingHasEmptyFacetsButItsAlternatives() {
        given().queryParam("tag", "no-such-tag-" + unique()).queryParam("person", person)
                .queryParam("facets", "tags,people").get(ARTICLES)
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("facets.tags.values", hasSize(0))
                .body("facets.tags.withoutOwnFilter.values.slug", equalTo(List.of(place, topic)))
                .body("facets.people.values", hasSize(0));
    }

    @Test
    void everyPublishedArticleIsCountedFromTheKeptCounts() {
        var answer = given().queryParam("facets", "tags,people").queryParam("facetLimit", 3).get(ARTICLES)
                .then().statusCode(200)
                .body("facets.tags.values", hasSize(lessThanOrEqualTo(3)))
                .body("facets.tags.approximate", equalTo(false))
                .body("facets.people.approximate", equalTo(false))
                .extract();
        List<String> slugs = answer.path("facets.tags.values.slug");
        List<Integer> counts = answer.path("facets.tags.values.count");
        for (int i = 0; i < slugs.size(); i++) {
            given().get("/api/v1/tags/" + slugs.get(i)).then().statusCode(200)
                    .body("articleCount", equalTo(counts.get(i)));
        }
    }

    @Test
    void facetLimitBoundsEachDimension() {
        given().queryParam("person", person).queryParam("facets", "tags").queryParam("facetLimit", 1).get(ARTICLES)
                .then().statusCode(200).body("facets.tags.values.slug", equalTo(List.of(place)));
        for (String bad : List.of("0", "51", "-1", "ten", "99999999999", "1.5")) {
            given().queryParam("facets", "tags").queryParam("facetLimit", bad).get(ARTICLES)
                    .then().statusCode(400).contentType(Api.PROBLEM).body("errors[0].field", equalTo("facetLimit"));
        }
    }

    @Test
    void unknownDimensionsAndHugeListsAre400sNamingThem() {
        given().queryParam("facets", "tags,genre").get(ARTICLES).then().statusCode(400).contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("facets"))
                .body("detail", containsString("'genre'"));
        given().queryParam("facets", "x".repeat(1000)).get(ARTICLES).then().statusCode(400)
                .contentType(Api.PROBLEM).body("detail.length()", lessThanOrEqualTo(300));
        given().queryParam("facets", String.join(",", java.util.Collections.nCopies(21, "tags"))).get(ARTICLES)
                .then().statusCode(400).contentType(Api.PROBLEM).body("errors[0].field", equalTo("facets"));
        // Repeats of a known dimension within the bound are one facet.
        given().queryParam("facets", "tags,tags").queryParam("facets", "tags").queryParam("person", person)
                .get(ARTICLES).then().statusCode(200).body("facets.keySet()", equalTo(java.util.Set.of("tags")));
    }

    @Test
    void aCountCancelledAtItsTimeoutIsTakenOverASampleOrOmitted() {
        String sample = "(select a.* from article a where a.status = 'PUBLISHED'"
                + " order by a.published_at desc, a.id desc limit 3) a";
        // Each row sleeps 0.4 s: the exact count cannot end within the 300 ms timeout.
        String slow = "a.status = 'PUBLISHED' and pg_sleep(0.4) is not null";
        FacetCounts sampled = counter.count(FacetDimension.LANGUAGE,
                new FacetSource(slow, sample, Map.of(), List.of(), FacetSource.Kind.FILTERED), 10, far());
        assertTrue(sampled.approximate());
        assertEquals(2000, sampled.sampleSize());
        assertEquals(3, sampled.values().stream().mapToLong(FacetValue::count).sum());
        assertNull(sampled.omitted());

        String slowSample = "(select a.* from article a where a.status = 'PUBLISHED' and pg_sleep(0.4) is not null"
                + " limit 3) a";
        FacetCounts omitted = counter.count(FacetDimension.TAGS,
                new FacetSource(slow, slowSample, Map.of(), List.of(), FacetSource.Kind.FILTERED), 10, far());
        assertTrue(omitted.approximate());
        assertTrue(omitted.values().isEmpty());
        assertTrue(omitted.omitted().contains("300 ms"), omitted.omitted());

        FacetCounts late = counter.count(FacetDimension.YEAR,
                new FacetSource("", sample, Map.of(), List.of(), FacetSource.Kind.FILTERED), 10,
                Instant.now().minusSeconds(1));
        assertTrue(late.omitted().contains("facets took over"), late.omitted());
        // The connection the cancelled counts used serves the next request as before.
        given().queryParam("person", person).queryParam("facets", "language").get(ARTICLES).then().statusCode(200)
                .body("facets.language.values.count", equalTo(List.of(3, 1)));
    }

    private static Instant far() {
        return Instant.now().plusSeconds(60);
    }
}
