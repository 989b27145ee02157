package news.dateline.contract;

import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Localised tags and people keep the contract: written, read by parameter and by header, refused when malformed. */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractLanguagesTest {

    @Test
    void localisedTagsConformToTheContract() {
        String suffix = suffix();
        String slug = editor().contentType(ContentType.JSON)
                .body(Map.of("name", "OSCE " + suffix, "kind", "organisation", "localizations",
                        Map.of("sq", Map.of("name", "OSBE",
                                "aliases", List.of("Organizata për Siguri dhe Bashkëpunim në Evropë")))))
                .when().post(Kind.TAGS.path).then().statusCode(201).body("localizations.sq.name", is("OSBE"))
                .extract().path("slug");
        String path = Kind.TAGS.path + "/" + slug;
        anonymous().queryParam("language", "sq").when().get(path).then().statusCode(200)
                .header("Content-Language", "sq").body("name", is("OSBE"));
        anonymous().header("Accept-Language", "fr, sq;q=0.5").when().get(path).then().statusCode(200)
                .header("Content-Language", "sq").header("Vary", containsString("Accept-Language"))
                .body("language", is("sq"));
        anonymous().header("Accept-Language", "sq").queryParam("limit", 5).when().get(Kind.TAGS.path).then()
                .statusCode(200).header("Vary", containsString("Accept-Language"));
        String etag = editor().when().get(path).then().statusCode(200).extract().header("ETag");
        editor().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"localizations\": {\"ru\": {\"name\": \"ОБСЕ\"}, \"sq\": null}}")
                .when().patch(path).then().statusCode(200).body("localizations.ru.name", is("ОБСЕ"));
        withoutKey().queryParam("language", "not a language").when().get(path).then().statusCode(400);
        withoutKey().queryParam("language", "-").when().get(Kind.TAGS.path).then().statusCode(400);
        editor().contentType(ContentType.JSON).body(Map.of("name", "OSCE " + suffix(), "localizations",
                Map.of("en", Map.of("name", "OSCE")))).when().post(Kind.TAGS.path).then().statusCode(422);
    }

    @Test
    void localisedPeopleConformToTheContract() {
        String slug = editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Sergei Lavrov " + suffix(), "title", "Russian Foreign Minister",
                        "localizations", Map.of("sq", Map.of("title", "Ministri i Jashtëm i Rusisë"))))
                .when().post(Kind.PEOPLE.path).then().statusCode(201).extract().path("slug");
        String path = Kind.PEOPLE.path + "/" + slug;
        anonymous().queryParam("language", "sq").when().get(path).then().statusCode(200)
                .header("Content-Language", "sq").body("title", is("Ministri i Jashtëm i Rusisë"));
        anonymous().header("Accept-Language", "sq-AL").when().get(path).then().statusCode(200)
                .body("language", is("sq"));
        anonymous().queryParam("language", "sq").queryParam("limit", 5).when().get(Kind.PEOPLE.path).then()
                .statusCode(200);
        withoutKey().queryParam("language", "en_GB").when().get(path).then().statusCode(400);
        withoutKey().queryParam("language", "en_GB").when().get(Kind.PEOPLE.path).then().statusCode(400);
    }
}
