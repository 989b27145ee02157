package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Facets of the article list keep the contract: every dimension, with and without its own filter, and the 400s. */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractFacetsTest {

    @Test
    void facetsConformToTheContract() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Map.of("name", "Faceted place " + suffix, "kind", "place"));
        Created other = create(Kind.TAGS, Kind.TAGS.minimal("faceted-" + suffix));
        for (int i = 1; i <= 2; i++) {
            create(Kind.ARTICLES, Map.of("title", "Faceted " + i + " " + suffix, "status", "published",
                    "language", i == 1 ? "en" : "sq", "publishAt", "2024-12-0" + i + "T08:00:00Z",
                    "tags", List.of(tag.slug(), other.slug())));
        }
        String path = Kind.ARTICLES.path;
        anonymous().queryParam("tag", tag.slug()).queryParam("language", "sq").queryParam("publishedAfter", "2024-01-01")
                .queryParam("facets", "tags,places,organisations,topics,events,people,language,year")
                .queryParam("facetLimit", 5)
                .when().get(path)
                .then().statusCode(200)
                .body("facets.places.values.slug", is(List.of(tag.slug())))
                .body("facets.places.withoutOwnFilter.values.slug", hasItem(tag.slug()))
                .body("facets.language.values.code", is(List.of("sq")))
                .body("facets.language.withoutOwnFilter.values.code", is(List.of("en", "sq")))
                .body("facets.year.values.year", is(List.of(2024)))
                .body("facets.people", not(hasKey("withoutOwnFilter")));
        // An editor's facets, and a list without any filter (the kept counts).
        editor().queryParam("tag", tag.slug()).queryParam("facets", "tags").when().get(path)
                .then().statusCode(200).body("facets.tags.values.count", is(List.of(2, 2)));
        anonymous().queryParam("facets", "tags,people").queryParam("limit", 1).when().get(path)
                .then().statusCode(200).body("facets.tags.approximate", is(false));
    }

    @Test
    void badFacetParametersAre400s() {
        String path = Kind.ARTICLES.path;
        expectBadRequest(withoutKey().queryParam("facets", "genre").when().get(path).then(), path)
                .body("errors.field", is(List.of("facets")))
                .body("detail", containsString("'genre'"));
        expectBadRequest(withoutKey().queryParam("facets", "tags").queryParam("facetLimit", 51).when().get(path)
                .then(), path)
                .body("errors.field", is(List.of("facetLimit")));
    }
}
