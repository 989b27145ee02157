package news.dateline.contract;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;
import static news.dateline.contract.ExercisedResponses.RECORDER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.Api;

/**
 * What the contract tests (the {@code Contract*Test} classes here) share: requests that prove the running server keeps
 * the published contract. Every request made through these specifications goes through an {@link
 * OpenApiValidationFilter} built from the root {@code openapi.yaml}, which fails the test when a request or a response
 * (status, headers, content type, body) is not what the contract describes, and through
 * {@link ExercisedResponses#RECORDER}, which notes the documented response it got.
 *
 * <p>Deliberately broken requests (malformed JSON, unknown enum values, no key, a non-JSON media type…) would be
 * refused by the request side of the validator before the server's answer could be checked, so they go through a
 * second filter that ignores {@code validation.request.*} and still validates the whole response. Broken requests
 * that the contract itself allows (a blank title, a stale or missing {@code If-Match}, an unknown tag) go through
 * the strict filter. Reads with {@code fields=} return only the properties they name, so their responses go through a
 * third filter that does not require the properties left out (see {@link #SPARSE_CONTRACT}).
 *
 * <p>Each test makes its own data (slugs with a random suffix) and depends on no other.
 */
final class Contract {

    static final String EDITOR_KEY = "Bearer " + Api.KEY;
    static final String MERGE_PATCH = Api.MERGE_PATCH;
    static final String PROBLEM = Api.PROBLEM;
    static final String STRONG_VERSIONED_ETAG = "^\"\\d+-[A-Za-z0-9_-]+\"$";
    static final String UTC_TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$";
    static final String LD_JSON = "application/ld+json";
    static final String XML = "application/xml";

    static final List<String> SITEMAPS = List.of("/sitemap.xml", "/sitemaps/articles-1.xml",
            "/sitemaps/tags-1.xml", "/sitemaps/people-1.xml", "/sitemaps/news.xml");

    /** Each feed format's extension and the media type its operations document. */
    static final Map<String, String> FEED_TYPES = Map.of("rss", "application/rss+xml",
            "atom", "application/atom+xml", "json", "application/feed+json");

    static final String SPEC = Api.openapiYaml();

    /** Validates the request and the response. */
    private static final OpenApiValidationFilter CONTRACT = filter(LevelResolver.create().build());

    /** Checks responses only: the request side is not checked, the response side fully is. */
    static final OpenApiInteractionValidator RESPONSE_VALIDATOR = validator(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build());

    /** For deliberately invalid requests only. */
    static final OpenApiValidationFilter RESPONSE_CONTRACT = new OpenApiValidationFilter(RESPONSE_VALIDATOR);

    /**
     * For reads with {@code fields=}: the request and the response are validated, except that a response may lack
     * properties the schema requires, since {@code fields=} leaves out what it does not name. Types, formats,
     * nullability and unknown properties are still checked.
     */
    private static final OpenApiValidationFilter SPARSE_CONTRACT = filter(LevelResolver.create()
            .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE)
            .build());

    static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(encoderConfig()
                    .defaultContentCharset("UTF-8")
                    .encodeContentTypeAs(MERGE_PATCH, ContentType.JSON));

    /**
     * For oversize bodies: with {@code Expect: 100-continue} the server's 413 arrives before the client has written
     * the body, so the client never writes into a connection the server has closed (a reset, not a response).
     */
    static final RestAssuredConfig EXPECT_CONTINUE = CONFIG
            .httpClient(httpClientConfig().setParam("http.protocol.expect-continue", true));

    /** The three resources that share one shape of API. */
    enum Kind {
        ARTICLES("/api/v1/articles", "title"),
        TAGS("/api/v1/tags", "name"),
        PEOPLE("/api/v1/people", "name");

        final String path;
        final String nameField;

        Kind(String path, String nameField) {
            this.path = path;
            this.nameField = nameField;
        }

        /** The smallest valid body for POST and PUT. */
        Map<String, Object> minimal(String slug) {
            return Map.of("slug", slug, nameField, "Contract test " + slug);
        }
    }

    record Created(String id, String slug, String etag) {
    }

    private Contract() {
    }

    static RequestSpecification anonymous() {
        return given().config(CONFIG).filter(RECORDER).filter(CONTRACT).accept(ContentType.JSON);
    }

    static RequestSpecification editor() {
        return anonymous().header("Authorization", EDITOR_KEY);
    }

    static RequestSpecification wrongKey() {
        return anonymous().header("Authorization", "Bearer not-the-key");
    }

    /** DELETE answers 204 or a problem: {@code Accept: application/json} matches none of its documented responses. */
    static RequestSpecification deleting(RequestSpecification spec) {
        return spec.accept(ContentType.ANY);
    }

    /** An editor's request that breaks the contract on purpose: only the response is validated. */
    static RequestSpecification deliberatelyInvalid() {
        return withoutKey().header("Authorization", EDITOR_KEY);
    }

    /** A request without a key where the contract requires one, or otherwise broken on purpose: only the response is validated. */
    static RequestSpecification withoutKey() {
        return given().config(CONFIG).filter(RECORDER).filter(RESPONSE_CONTRACT).accept(ContentType.JSON);
    }

    /** A read with {@code fields=}: see {@link #SPARSE_CONTRACT}. */
    static RequestSpecification sparse() {
        return given().config(CONFIG).filter(RECORDER).filter(SPARSE_CONTRACT).accept(ContentType.JSON);
    }

    /** A feed reader's request, validated both ways: it asks for the format the extension names. */
    static RequestSpecification feedReader(String extension) {
        return given().config(CONFIG).filter(RECORDER).filter(CONTRACT).accept(FEED_TYPES.get(extension));
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Wikidata ids are unique among people: a random one keeps tests apart. */
    static String randomWikidataId() {
        return "Q9" + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L);
    }

    static Created create(Kind kind, Map<String, Object> body) {
        ExtractableResponse<Response> response = editor().contentType(ContentType.JSON).body(body)
                .when().post(kind.path)
                .then().statusCode(201)
                .extract();
        return new Created(response.path("id"), response.path("slug"), response.header("ETag"));
    }

    static Map<String, Object> publishedIfArticle(Kind kind, Map<String, Object> body) {
        if (kind != Kind.ARTICLES) {
            return body;
        }
        var published = new HashMap<>(body);
        published.put("status", "published");
        return published;
    }

    /** The secret of a new key with these scopes. */
    static String issueKey(String... scopes) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Contract " + suffix(), "scopes", List.of(scopes)))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    /** GETs a root-relative link from a page, passing its query parameters as such so that they are validated. */
    static Response follow(RequestSpecification spec, String link) {
        URI uri = URI.create(link);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                spec.queryParam(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return spec.when().get(uri.getRawPath());
    }

    /** The RFC 8288 {@code Link} header a page's body links make. */
    static String linkHeader(Map<String, String> links) {
        return Stream.of("first", "prev", "next", "last")
                .filter(rel -> links.get(rel) != null)
                .map(rel -> "<" + links.get(rel) + ">; rel=\"" + rel + "\"")
                .collect(Collectors.joining(", "));
    }

    /** A cursor to the second keyset page of a list, made long enough to have one. */
    static String nextCursor(Kind kind) {
        for (int i = 0; i < 2; i++) {
            create(kind, publishedIfArticle(kind, kind.minimal("cursor-" + i + "-" + suffix())));
        }
        String next = anonymous().queryParam("limit", 1).when().get(kind.path)
                .then().statusCode(200).extract().path("links.next");
        Matcher cursor = Pattern.compile("[?&]cursor=([^&]+)").matcher(next);
        assertTrue(cursor.find(), () -> next + " has no cursor");
        return URLDecoder.decode(cursor.group(1), StandardCharsets.UTF_8);
    }

    /**
     * Tags and people (unfiltered lists): keyset pages by default, forwards and back again; numbered ones with
     * {@code page}, in the same order; links in the body and the {@code Link} header alike.
     */
    static void assertListPagesConform(Kind kind) {
        String firstPage = kind.path + "?limit=2";
        ExtractableResponse<Response> first = anonymous().queryParam("limit", 2).when().get(kind.path)
                .then().statusCode(200)
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]+\"$"))
                .body("items.size()", is(2))
                .body("page", is(Map.of("limit", 2)))
                .body("links.self", is(firstPage))
                .body("links.first", is(firstPage))
                .body("links.prev", nullValue())
                .body("links.next", startsWith(firstPage + "&cursor="))
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(first.path("links")), first.header("Link"));

        ExtractableResponse<Response> second = follow(anonymous(), first.path("links.next"))
                .then().statusCode(200)
                .body("page", is(Map.of("limit", 2)))
                .body("links.self", is(first.<String>path("links.next")))
                .body("links.first", is(firstPage))
                .body("links.prev", startsWith(firstPage + "&cursor="))
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(second.path("links")), second.header("Link"));
        follow(anonymous(), second.path("links.prev"))
                .then().statusCode(200)
                .body("items.id", is(first.<List<String>>path("items.id")))
                .body("links.prev", nullValue());

        ExtractableResponse<Response> numbered = anonymous().queryParam("page", 1).queryParam("limit", 2)
                .when().get(kind.path)
                .then().statusCode(200)
                .body("items.id", is(first.<List<String>>path("items.id")))
                .body("page.number", is(1))
                .body("page.limit", is(2))
                .body("page.totalItems", greaterThanOrEqualTo(3))
                .body("links.self", is(kind.path + "?page=1&limit=2"))
                .body("links.first", is(kind.path + "?page=1&limit=2"))
                .body("links.prev", nullValue())
                .body("links.next", is(kind.path + "?page=2&limit=2"))
                .extract();
        assertEquals(linkHeader(numbered.path("links")), numbered.header("Link"));
        int totalPages = numbered.path("page.totalPages");
        assertEquals(kind.path + "?page=" + totalPages + "&limit=2", numbered.path("links.last"));
        ExtractableResponse<Response> last = anonymous().queryParam("page", totalPages).queryParam("limit", 2)
                .when().get(kind.path)
                .then().statusCode(200)
                .body("page.number", is(totalPages))
                .body("links.prev", is(kind.path + "?page=" + (totalPages - 1) + "&limit=2"))
                .body("links.next", nullValue())
                .body("links.last", is(kind.path + "?page=" + totalPages + "&limit=2"))
                .extract();
        assertEquals(linkHeader(last.path("links")), last.header("Link"));

        anonymous().when().get(kind.path)
                .then().statusCode(200)
                .body("page", is(Map.of("limit", 20)))
                .body("items.size()", lessThanOrEqualTo(20));
    }

    /** The resource is still exactly as it was created: a rejected write changed nothing. */
    static void assertUnchanged(Kind kind, Created created) {
        editor().when().get(kind.path + "/" + created.id())
                .then().statusCode(200)
                .header("ETag", is(created.etag()))
                .body("version", is(0));
    }

    static void assertLocationNames(String location, Kind kind, String id) {
        assertTrue(location.endsWith(kind.path + "/" + id),
                () -> "Location " + location + " should name " + kind.path + "/" + id);
    }

    /** A read conditioned on a representation the server does not have (RFC 9110, 13.1.1): 412, as a problem. */
    static void expectPreconditionFailed(RequestSpecification read, String path) {
        expectProblem(read.header("If-Match", "\"not-the-current-one\"").when().get(path).then(), 412,
                "precondition-failed", path);
    }

    static ValidatableResponse expectProblem(ValidatableResponse response, int status, String kind,
            String instance) {
        response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", is("https://dateline.news/problems/" + kind))
                .body("status", is(status))
                .body("title", notNullValue())
                .body("title", not(is("")))
                .body("detail", notNullValue())
                .body("instance", is(instance));
        for (String code : List.of("Exception", "news.dateline", "java.", "com.fasterxml")) {
            response.body("detail", not(containsString(code))); // a problem explains itself, it leaks no code
        }
        if (status != 400 && status != 409 && status != 422) { // the Problem schema: errors[] only on these
            response.body("$", not(hasKey("errors")));
        }
        return response;
    }

    static ValidatableResponse expectBadRequest(ValidatableResponse response, String instance) {
        return expectProblem(response, 400, "bad-request", instance);
    }

    static ValidatableResponse expectUnauthorized(ValidatableResponse response, String instance) {
        return expectProblem(response, 401, "unauthorized", instance)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static OpenApiValidationFilter filter(LevelResolver levels) {
        return new OpenApiValidationFilter(validator(levels));
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).withLevelResolver(levels).build();
    }
}
