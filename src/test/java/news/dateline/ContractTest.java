package news.dateline;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.webhook.WebhookJobs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves that the running server keeps the published contract: every request here goes through an
 * {@link OpenApiValidationFilter} built from the root {@code openapi.yaml}, which fails the test when a request or a
 * response (status, headers, content type, body) is not what the contract describes.
 *
 * <p>Deliberately broken requests (malformed JSON, unknown enum values, no key, a non-JSON media type…) would be
 * refused by the request side of the validator before the server's answer could be checked, so they go through a
 * second filter that ignores {@code validation.request.*} and still validates the whole response. Broken requests
 * that the contract itself allows (a blank title, a stale or missing {@code If-Match}, an unknown tag) go through
 * the strict filter. Reads with {@code fields=} return only the properties they name, so their responses go through a
 * third filter that does not require the properties left out (see {@link #SPARSE_CONTRACT}).
 *
 * <p>When the whole class runs, {@link #everyDocumentedResponseWasExercised()} also checks that every status every
 * operation documents was produced and validated at least once, so a response added to the contract needs a test.
 * Each test makes its own data (slugs with a random suffix) and depends on no other.
 */
@QuarkusTest
class ContractTest {

    private static final String EDITOR_KEY = "Bearer " + Api.KEY;
    private static final String MERGE_PATCH = Api.MERGE_PATCH;
    private static final String PROBLEM = Api.PROBLEM;
    private static final String STRONG_VERSIONED_ETAG = "^\"\\d+-[A-Za-z0-9_-]+\"$";
    private static final String UTC_TIMESTAMP = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$";

    private static final String SPEC = Api.openapiYaml();

    /** Validates the request and the response. */
    private static final OpenApiValidationFilter CONTRACT = filter(LevelResolver.create().build());

    /** Checks responses only: the request side is not checked, the response side fully is. */
    private static final OpenApiInteractionValidator RESPONSE_VALIDATOR = validator(LevelResolver.create()
            .withLevel("validation.request", ValidationReport.Level.IGNORE)
            .build());

    /** For deliberately invalid requests only. */
    private static final OpenApiValidationFilter RESPONSE_CONTRACT = new OpenApiValidationFilter(RESPONSE_VALIDATOR);

    /**
     * For reads with {@code fields=}: the request and the response are validated, except that a response may lack
     * properties the schema requires, since {@code fields=} leaves out what it does not name. Types, formats,
     * nullability and unknown properties are still checked.
     */
    private static final OpenApiValidationFilter SPARSE_CONTRACT = filter(LevelResolver.create()
            .withLevel("validation.response.body.schema.required", ValidationReport.Level.IGNORE)
            .build());

    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(encoderConfig()
                    .defaultContentCharset("UTF-8")
                    .encodeContentTypeAs(MERGE_PATCH, ContentType.JSON));

    /**
     * For oversize bodies: with {@code Expect: 100-continue} the server's 413 arrives before the client has written
     * the body, so the client never writes into a connection the server has closed (a reset, not a response).
     */
    private static final RestAssuredConfig EXPECT_CONTINUE = CONFIG
            .httpClient(httpClientConfig().setParam("http.protocol.expect-continue", true));

    /** Which documented (method, path, status) each request of this class exercised. */
    private static final ResponseCoverage COVERAGE = new ResponseCoverage(SPEC);
    private static final Set<String> TESTS_RUN = ConcurrentHashMap.newKeySet();

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

    private record Created(String id, String slug, String etag) {
    }

    @TestHTTPResource("/api/v1/tags")
    URI tagsUri;

    @Inject
    AgroalDataSource dataSource;

    // ---------------------------------------------------------------------------------------------------------------
    // Articles

    @Test
    void articleLifecycleConformsToTheContract() {
        String suffix = suffix();
        Created osce = create(Kind.TAGS, Map.of("slug", "osce-" + suffix, "name", "OSCE " + suffix, "kind",
                "organisation"));
        Created ukraine = create(Kind.TAGS, Map.of("slug", "ukraine-" + suffix, "name", "Ukraine " + suffix, "kind",
                "place"));
        Created lavrov = create(Kind.PEOPLE, Map.of("slug", "sergei-lavrov-" + suffix, "name", "Sergei Lavrov",
                "title", "Russian Foreign Minister", "country", "RU"));
        String slug = "lavrov-and-blinken-meet-in-malta-" + suffix;

        ExtractableResponse<Response> created = editor()
                .contentType(ContentType.JSON)
                .body(Map.ofEntries(
                        Map.entry("slug", slug),
                        Map.entry("title", "Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine"),
                        Map.entry("subtitle", "Ukraine tops the agenda"),
                        Map.entry("body", "December 5, 2024 – Russian Foreign Minister **Sergei Lavrov** will meet"
                                + " U.S. Secretary of State Antony Blinken in Malta.\n\nUkraine will be the main topic."),
                        Map.entry("status", "published"),
                        Map.entry("publishAt", "2024-12-05T08:00:00Z"),
                        Map.entry("datelinePlace", "Malta"),
                        Map.entry("featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta.jpg",
                                "alt", "Foreign ministers in Malta")),
                        Map.entry("canonicalUrl", "https://dateline.news/2024/12/05/" + slug),
                        Map.entry("tags", List.of(osce.slug(), ukraine.id())),
                        Map.entry("people", List.of(Map.of("person", lavrov.slug(), "role", "subject")))))
                .when().post(Kind.ARTICLES.path)
                .then().statusCode(201)
                .header("Location", containsString(Kind.ARTICLES.path + "/"))
                .header("ETag", matchesPattern(STRONG_VERSIONED_ETAG))
                .body("slug", is(slug))
                .body("status", is("published"))
                .body("publishedAt", is("2024-12-05T08:00:00Z"))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .body("updatedAt", matchesPattern(UTC_TIMESTAMP))
                .body("version", is(0))
                .body("tags.slug", is(List.of(osce.slug(), ukraine.slug())))
                .body("people[0].slug", is(lavrov.slug()))
                .body("people[0].role", is("subject"))
                .body("featuredImage.credit", nullValue())
                .body("body", containsString("**Sergei Lavrov**"))
                .body("$", not(hasKey("bodyHtml")))
                .extract();
        String id = created.path("id");
        assertLocationNames(created.header("Location"), Kind.ARTICLES, id);

        // Published: anyone can read it, by id or by slug, and shared caches may keep it.
        String etag = anonymous().when().get(Kind.ARTICLES.path + "/" + slug)
                .then().statusCode(200)
                .header("ETag", matchesPattern(STRONG_VERSIONED_ETAG))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("id", is(id))
                .body("bodyHtml", containsString("<strong>Sergei Lavrov</strong>"))
                .body("$", not(hasKey("body")))
                .extract().header("ETag");
        editor().when().get(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("slug", is(slug));

        etag = editor()
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("title", "Lavrov and Blinken meet in Malta", "status", "published",
                        "publishAt", "2024-12-05T08:00:00Z", "tags", List.of(ukraine.slug())))
                .when().put(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"1-"))
                .body("slug", is(slug)) // a slug left out of a PUT is kept
                .body("subtitle", nullValue())
                .body("featuredImage", nullValue())
                .body("tags.slug", is(List.of(ukraine.slug())))
                .body("people", is(List.of()))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("subtitle", "Ukraine tops the agenda", "tags", List.of(osce.id(), ukraine.slug()),
                        "featuredImage", Map.of("url", "https://cdn.dateline.news/images/malta-2.jpg")))
                .when().patch(Kind.ARTICLES.path + "/" + slug)
                .then().statusCode(200)
                .header("ETag", startsWith("\"2-"))
                .body("title", is("Lavrov and Blinken meet in Malta"))
                .body("subtitle", is("Ukraine tops the agenda"))
                .body("tags.slug", is(List.of(osce.slug(), ukraine.slug())))
                .body("featuredImage.url", is("https://cdn.dateline.news/images/malta-2.jpg"))
                .body("version", is(2))
                .extract().header("ETag");

        // featuredImage is merged member by member.
        etag = editor()
                .contentType(MERGE_PATCH)
                .header("If-Match", etag)
                .body(Map.of("featuredImage", Map.of("credit", "Dateline")))
                .when().patch(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(200)
                .body("featuredImage.url", is("https://cdn.dateline.news/images/malta-2.jpg"))
                .body("featuredImage.credit", is("Dateline"))
                .body("version", is(3))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag)
                .when().delete(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(204);
        editor().when().get(Kind.ARTICLES.path + "/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void articleListPagesConformToTheContract() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("paged-" + suffix));
        for (int i = 1; i <= 3; i++) {
            create(Kind.ARTICLES, Map.of("slug", "listed-" + i + "-" + suffix, "title", "Listed " + i,
                    "status", "published", "publishAt", "2024-12-0" + i + "T08:00:00Z", "tags", List.of(tag.slug())));
        }
        create(Kind.ARTICLES, Map.of("slug", "unlisted-draft-" + suffix, "title", "A draft", "tags", List.of(tag.slug())));
        String list = Kind.ARTICLES.path + "?tag=" + tag.slug();

        // Without page: keyset pages, limit only, no totals and no last page.
        ExtractableResponse<Response> first = anonymous().queryParam("tag", tag.slug()).queryParam("limit", 2)
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]+\"$"))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("items.slug", is(List.of("listed-3-" + suffix, "listed-2-" + suffix)))
                .body("items.status", everyItem(is("published")))
                .body("items", everyItem(not(hasKey("body"))))
                .body("items", everyItem(not(hasKey("tags"))))
                .body("items", everyItem(not(hasKey("people"))))
                .body("items", everyItem(not(hasKey("highlight"))))
                .body("page", is(Map.of("limit", 2)))
                .body("links.self", is(list + "&limit=2"))
                .body("links.first", is(list + "&limit=2"))
                .body("links.prev", nullValue())
                .body("links.next", startsWith(list + "&limit=2&cursor="))
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(first.path("links")), first.header("Link"));

        ExtractableResponse<Response> second = follow(anonymous(), first.path("links.next"))
                .then().statusCode(200)
                .body("items.slug", is(List.of("listed-1-" + suffix)))
                .body("page", is(Map.of("limit", 2)))
                .body("links.prev", startsWith(list + "&limit=2&cursor="))
                .body("links.next", nullValue())
                .body("links.last", nullValue())
                .extract();
        assertEquals(linkHeader(second.path("links")), second.header("Link"));

        follow(anonymous(), second.path("links.prev"))
                .then().statusCode(200)
                .body("items.slug", is(first.<List<String>>path("items.slug")))
                .body("links.prev", nullValue())
                .body("links.next", startsWith(list + "&limit=2&cursor="));

        // With page: numbered pages with totals and a last page.
        ExtractableResponse<Response> numbered = anonymous().queryParam("tag", tag.slug()).queryParam("page", 2)
                .queryParam("limit", 2).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of("listed-1-" + suffix)))
                .body("page", is(Map.of("number", 2, "limit", 2, "totalItems", 3, "totalPages", 2)))
                .body("links.self", is(list + "&page=2&limit=2"))
                .body("links.first", is(list + "&page=1&limit=2"))
                .body("links.prev", is(list + "&page=1&limit=2"))
                .body("links.next", nullValue())
                .body("links.last", is(list + "&page=2&limit=2"))
                .extract();
        assertEquals(linkHeader(numbered.path("links")), numbered.header("Link"));

        // Newest publishedAt first (ISO-8601 UTC strings of one format sort like the instants they name).
        List<String> published = anonymous().queryParam("limit", 100).when().get(Kind.ARTICLES.path)
                .then().statusCode(200).extract().path("items.publishedAt");
        List<String> newestFirst = new ArrayList<>(published);
        newestFirst.sort(Comparator.comparing(Instant::parse).reversed());
        assertEquals(newestFirst, published);

        // With a key drafts are listed too, and the answer is private.
        editor().queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("items.slug", hasItem("unlisted-draft-" + suffix));
        assertThat(allSlugs(Kind.ARTICLES, true), hasItem("unlisted-draft-" + suffix));
        assertThat(allSlugs(Kind.ARTICLES, false), not(hasItem("unlisted-draft-" + suffix)));
    }

    @Test
    void articleFiltersAndSortsConformToTheContract() {
        String s = suffix();
        Created osce = create(Kind.TAGS, Map.of("slug", "osce-" + s, "name", "OSCE " + s, "kind", "organisation"));
        Created malta = create(Kind.TAGS, Map.of("slug", "malta-" + s, "name", "Malta " + s, "kind", "place"));
        Created lavrov = create(Kind.PEOPLE, Map.of("slug", "sergei-lavrov-" + s, "name", "Sergei Lavrov " + s));
        Created reporter = create(Kind.PEOPLE, Map.of("slug", "reporter-" + s, "name", "Reporter " + s));
        String alpha = create(Kind.ARTICLES, Map.of("slug", "alpha-" + s, "title", "Alpha: Lavrov in Malta",
                "status", "published", "publishAt", "2024-12-05T08:00:00Z", "tags", List.of(osce.slug(), malta.slug()),
                "people", List.of(Map.of("person", lavrov.slug(), "role", "subject"),
                        Map.of("person", reporter.slug(), "role", "author")))).slug();
        String bravo = create(Kind.ARTICLES, Map.of("slug", "bravo-" + s, "title", "Bravo: an op-ed", "language", "de",
                "status", "published", "publishAt", "2024-06-15T10:00:00Z", "tags", List.of(osce.slug()),
                "people", List.of(Map.of("person", lavrov.slug(), "role", "author")))).slug();
        String charlie = create(Kind.ARTICLES, Map.of("slug", "charlie-" + s, "title", "Charlie: the budget",
                "status", "published", "publishAt", "2024-01-15T10:00:00Z", "tags", List.of(malta.slug()))).slug();
        String draft = create(Kind.ARTICLES, Map.of("slug", "delta-" + s, "title", "Delta: a draft",
                "tags", List.of(osce.slug()))).slug();
        String mine = osce.slug() + "," + malta.slug();

        // Tags: all of (repeated or comma-separated, by slug or id), any of.
        expectSlugs(anonymous().queryParam("tag", osce.slug()), alpha, bravo);
        expectSlugs(anonymous().queryParam("tag", osce.slug()).queryParam("tag", malta.id()), alpha);
        expectSlugs(anonymous().queryParam("tag", mine), alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine), alpha, bravo, charlie);
        expectSlugs(anonymous().queryParam("tag", "no-such-tag-" + s)); // names nothing: empty, not an error
        // People: any role, or authors only.
        expectSlugs(anonymous().queryParam("person", lavrov.slug()), alpha, bravo);
        expectSlugs(anonymous().queryParam("author", lavrov.slug()), bravo);
        expectSlugs(anonymous().queryParam("author", reporter.id()), alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("language", "de"), bravo);
        // Status: honoured with a key; without one only published articles are ever listed.
        expectSlugs(editor().queryParam("tag", osce.slug()).queryParam("status", "draft"), draft);
        expectSlugs(editor().queryParam("tag", osce.slug()).queryParam("status", "draft,published"), alpha, bravo, draft);
        expectSlugs(anonymous().queryParam("tag", osce.slug()).queryParam("status", "draft"));
        // Dates and timestamps: publishedAfter and updatedSince inclusive, publishedBefore exclusive.
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedAfter", "2024-06-15T10:00:00Z"),
                alpha, bravo);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedBefore", "2024-06-15T12:00:00+02:00"),
                charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("publishedAfter", "2024-02-01")
                .queryParam("publishedBefore", "2024-12-05"), bravo);
        String charlieUpdated = anonymous().when().get(Kind.ARTICLES.path + "/" + charlie)
                .then().statusCode(200).extract().path("updatedAt");
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("updatedSince", charlieUpdated), charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("updatedSince", "2999-01-01"));
        // Sorts; ties are broken by id.
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "-publishedAt"), alpha, bravo, charlie);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "publishedAt"), charlie, bravo, alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "-updatedAt"), charlie, bravo, alpha);
        expectSlugs(anonymous().queryParam("anyTag", mine).queryParam("sort", "title"), alpha, bravo, charlie);
    }

    /**
     * Full-text search is checked here for its shape only (each item carries a highlight, relevance is the
     * default order and can be named); what it matches and how it ranks is the search tests' business.
     */
    @Test
    void articleSearchConformsToTheContract() {
        String s = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("searched-" + s));
        String hit = create(Kind.ARTICLES, Map.of("slug", "searched-" + s, "title", "Lavrov and Blinken meet in Malta",
                "body", "Russian Foreign Minister Sergei Lavrov will meet Antony Blinken in Malta.",
                "status", "published", "tags", List.of(tag.slug()))).slug();

        anonymous().queryParam("q", "Lavrov").queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of(hit)))
                .body("items[0].highlight", notNullValue())
                .body("items[0]", not(hasKey("body")))
                .body("page", is(Map.of("limit", 20)));
        for (String q : List.of("Lavrov", "\"Lavrov and Blinken\"", "Lavrov OR Blinken", "Lavrov -Trump")) {
            anonymous().queryParam("q", q).queryParam("sort", "relevance").queryParam("tag", tag.slug())
                    .queryParam("limit", 5).when().get(Kind.ARTICLES.path)
                    .then().statusCode(200)
                    .body("items", everyItem(hasKey("highlight")))
                    .body("page", is(Map.of("limit", 5)));
        }
        // Another order can be asked for a search too; a blank q is no search.
        anonymous().queryParam("q", "Lavrov").queryParam("sort", "title").queryParam("tag", tag.slug())
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items", everyItem(hasKey("highlight")));
        anonymous().queryParam("q", " ").queryParam("tag", tag.slug()).when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items.slug", is(List.of(hit)))
                .body("items", everyItem(not(hasKey("highlight"))));
    }

    @Test
    void articleIncludesConformToTheContract() {
        String s = suffix();
        Created tag = create(Kind.TAGS, Map.of("slug", "included-" + s, "name", "Included " + s, "kind", "place"));
        Created person = create(Kind.PEOPLE, Map.of("slug", "included-person-" + s, "name", "Included " + s));
        create(Kind.ARTICLES, Map.of("slug", "included-" + s, "title", "Included parts",
                "body", "Ukraine will be the **main topic**.", "status", "published", "tags", List.of(tag.slug()),
                "people", List.of(Map.of("person", person.slug(), "role", "quoted"))));

        anonymous().queryParam("tag", tag.slug()).queryParam("include", "body,tags,people")
                .queryParam("formats", "markdown,html,text")
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items[0].body", is("Ukraine will be the **main topic**."))
                .body("items[0].bodyHtml", containsString("<strong>main topic</strong>"))
                .body("items[0].bodyText", is("Ukraine will be the main topic."))
                .body("items[0].tags.slug", is(List.of(tag.slug())))
                .body("items[0].people.slug", is(List.of(person.slug())))
                .body("items[0].people[0].role", is("quoted"));
        anonymous().queryParam("tag", tag.slug()).queryParam("include", "tags").queryParam("include", "people")
                .when().get(Kind.ARTICLES.path)
                .then().statusCode(200)
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("bodyHtml")))
                .body("items[0].tags.slug", is(List.of(tag.slug())))
                .body("items[0].people.slug", is(List.of(person.slug())));
    }

    /**
     * {@code fields=} keeps only the named properties, so these responses go through a validator that does not
     * require the properties left out; everything else (the request, types, formats, no unknown properties) is
     * checked as usual.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void sparseFieldsConformToTheContract(Kind kind) {
        String s = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("sparse-" + s));
        Created created = kind == Kind.TAGS ? tag : create(kind, publishedIfArticle(kind, kind == Kind.ARTICLES
                ? Map.of("slug", "sparse-" + s, "title", "Sparse " + s, "tags", List.of(tag.slug()))
                : kind.minimal("sparse-" + s)));
        String one = kind.path + "/" + created.slug();

        assertEquals(Set.of("slug", kind.nameField), sparse().queryParam("fields", "slug," + kind.nameField)
                .when().get(one).then().statusCode(200).extract().jsonPath().getMap("$").keySet());
        assertEquals(Set.of("id", "version"), sparse().queryParam("fields", "id").queryParam("fields", "version")
                .when().get(one).then().statusCode(200).extract().jsonPath().getMap("$").keySet());

        RequestSpecification list = sparse().queryParam("fields", "id,slug," + kind.nameField).queryParam("limit", 5);
        if (kind == Kind.ARTICLES) {
            list.queryParam("tag", tag.slug());
        }
        List<Map<String, Object>> items = list.when().get(kind.path).then().statusCode(200)
                .body("page", is(Map.of("limit", 5)))
                .extract().jsonPath().getList("items");
        assertFalse(items.isEmpty());
        items.forEach(item -> assertEquals(Set.of("id", "slug", kind.nameField), item.keySet()));

        if (kind == Kind.ARTICLES) {
            // A part a list leaves out by default comes when a field of it is named.
            sparse().queryParam("tag", tag.slug()).queryParam("fields", "slug,tags,bodyText")
                    .when().get(kind.path)
                    .then().statusCode(200)
                    .body("items[0].keySet()", is(Set.of("slug", "tags", "bodyText")))
                    .body("items[0].tags.slug", is(List.of(tag.slug())));
        }
    }

    @Test
    void unpublishedArticlesAreNotFoundWithoutAKey() {
        String slug = "draft-" + suffix();
        create(Kind.ARTICLES, Map.of("slug", slug, "title", "Not yet"));
        String scheduled = "scheduled-" + suffix();
        create(Kind.ARTICLES, Map.of("slug", scheduled, "title", "Later", "status", "scheduled",
                "publishAt", "2099-01-01T00:00:00Z"));

        for (String ref : List.of(slug, scheduled)) {
            anonymous().when().get(Kind.ARTICLES.path + "/" + ref)
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", is("https://dateline.news/problems/not-found"))
                    .body("status", is(404))
                    .body("instance", is(Kind.ARTICLES.path + "/" + ref));
            editor().when().get(Kind.ARTICLES.path + "/" + ref).then().statusCode(200);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tags

    @Test
    void tagLifecycleConformsToTheContract() {
        String suffix = suffix();
        String id = editor()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Nagorno-Karabakh " + suffix, "kind", "place", "aliases", List.of("Karabakh")))
                .when().post(Kind.TAGS.path)
                .then().statusCode(201)
                .header("ETag", startsWith("\"0-"))
                .body("slug", is("nagorno-karabakh-" + suffix)) // generated from the name
                .body("kind", is("place"))
                .body("description", nullValue())
                .body("aliases", is(List.of("Karabakh")))
                .body("articleCount", is(0))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .extract().path("id");

        String etag = anonymous().when().get(Kind.TAGS.path + "/nagorno-karabakh-" + suffix)
                .then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"))
                .body("id", is(id))
                .extract().header("ETag");

        etag = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Nagorno-Karabakh", "description", "A region in the South Caucasus."))
                .when().put(Kind.TAGS.path + "/" + id)
                .then().statusCode(200)
                .header("ETag", startsWith("\"1-"))
                .body("slug", is("nagorno-karabakh-" + suffix))
                .body("kind", is("topic")) // a PUT is a full replacement: kind went back to its default
                .body("aliases", is(List.of()))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"description\": null, \"kind\": \"place\", \"aliases\": [\"Karabakh\", \"Artsakh\"]}")
                .when().patch(Kind.TAGS.path + "/" + id)
                .then().statusCode(200)
                .body("description", nullValue())
                .body("kind", is("place"))
                .body("aliases", is(List.of("Karabakh", "Artsakh")))
                .body("version", is(2))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag).when().delete(Kind.TAGS.path + "/" + id).then().statusCode(204);
        anonymous().when().get(Kind.TAGS.path + "/" + id).then().statusCode(404);
    }

    @Test
    void tagListPagesConformToTheContract() {
        String suffix = suffix();
        for (int i = 1; i <= 3; i++) {
            create(Kind.TAGS, Kind.TAGS.minimal("listed-tag-" + i + "-" + suffix));
        }
        assertListPagesConform(Kind.TAGS);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // People

    @Test
    void personLifecycleConformsToTheContract() {
        String suffix = suffix();
        String id = editor()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Feridun Sinirlioğlu " + suffix, "title", "Incoming OSCE Secretary General",
                        "affiliation", "OSCE", "country", "TR", "aliases", List.of("Sinirlioglu")))
                .when().post(Kind.PEOPLE.path)
                .then().statusCode(201)
                .header("ETag", startsWith("\"0-"))
                .body("slug", is("feridun-sinirlioglu-" + suffix)) // transliterated to ASCII
                .body("name", is("Feridun Sinirlioğlu " + suffix))
                .body("country", is("TR"))
                .body("bio", nullValue())
                .body("wikidataId", nullValue())
                .body("articleCount", is(0))
                .body("createdAt", matchesPattern(UTC_TIMESTAMP))
                .extract().path("id");

        String etag = anonymous().when().get(Kind.PEOPLE.path + "/" + id)
                .then().statusCode(200)
                .header("Last-Modified", notNullValue())
                .body("slug", is("feridun-sinirlioglu-" + suffix))
                .extract().header("ETag");

        String wikidataId = randomWikidataId();
        etag = editor().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Feridun Sinirlioğlu", "title", "OSCE Secretary General",
                        "wikidataId", wikidataId, "website", "https://www.osce.org/secretary-general",
                        "imageUrl", "https://cdn.dateline.news/people/sinirlioglu.jpg"))
                .when().put(Kind.PEOPLE.path + "/feridun-sinirlioglu-" + suffix)
                .then().statusCode(200)
                .body("slug", is("feridun-sinirlioglu-" + suffix))
                .body("affiliation", nullValue())
                .body("wikidataId", is(wikidataId))
                .body("version", is(1))
                .extract().header("ETag");

        etag = editor().contentType(MERGE_PATCH).header("If-Match", etag)
                .body("{\"title\": \"Secretary General of the OSCE\", \"wikidataId\": null, \"bio\": \"Turkish diplomat.\"}")
                .when().patch(Kind.PEOPLE.path + "/" + id)
                .then().statusCode(200)
                .body("title", is("Secretary General of the OSCE"))
                .body("wikidataId", nullValue())
                .body("bio", is("Turkish diplomat."))
                .body("website", is("https://www.osce.org/secretary-general"))
                .body("version", is(2))
                .extract().header("ETag");

        deleting(editor()).header("If-Match", etag).when().delete(Kind.PEOPLE.path + "/" + id).then().statusCode(204);
        anonymous().when().get(Kind.PEOPLE.path + "/" + id).then().statusCode(404);
    }

    @Test
    void personListPagesConformToTheContract() {
        String suffix = suffix();
        for (int i = 1; i <= 3; i++) {
            create(Kind.PEOPLE, Kind.PEOPLE.minimal("listed-person-" + i + "-" + suffix));
        }
        assertListPagesConform(Kind.PEOPLE);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 304

    @ParameterizedTest
    @EnumSource(Kind.class)
    void conditionalGetsAreAnsweredNotModified(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("conditional-" + suffix())));
        ExtractableResponse<Response> one = anonymous().when().get(kind.path + "/" + created.slug())
                .then().statusCode(200).extract();

        anonymous().header("If-None-Match", one.header("ETag"))
                .when().get(kind.path + "/" + created.slug())
                .then().statusCode(304)
                .header("ETag", is(one.header("ETag")));
        anonymous().header("If-Modified-Since", one.header("Last-Modified"))
                .when().get(kind.path + "/" + created.id())
                .then().statusCode(304);
        anonymous().header("If-Match", one.header("ETag")).header("If-Unmodified-Since", one.header("Last-Modified"))
                .when().get(kind.path + "/" + created.slug())
                .then().statusCode(200);
        expectPreconditionFailed(anonymous(), kind.path + "/" + created.slug());
        String path = kind.path + "/" + created.slug();
        expectProblem(anonymous().header("If-Unmodified-Since", "Thu, 05 Dec 2024 08:00:00 GMT").when().get(path)
                .then(), 412, "precondition-failed", path);

        String listTag = anonymous().queryParam("limit", 5).when().get(kind.path)
                .then().statusCode(200).extract().header("ETag");
        anonymous().queryParam("limit", 5).header("If-None-Match", listTag)
                .when().get(kind.path)
                .then().statusCode(304)
                .header("ETag", is(listTag));
        expectPreconditionFailed(anonymous().queryParam("limit", 5), kind.path);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 400

    @ParameterizedTest
    @EnumSource(Kind.class)
    void malformedJsonIsRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("malformed-" + suffix()));
        String malformed = "{\"" + kind.nameField + "\": \"unterminated";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(malformed)
                .when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("{\"" + kind.nameField + "\": ")
                .when().post(kind.path).then(), kind.path)
                .body("detail", containsString("not well-formed JSON"));
        // A whole document followed by anything else is not one JSON document either.
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body("{\"" + kind.nameField + "\": \"Fine\"} trailing").when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(malformed).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(malformed).when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void missingBodiesAreRejectedWith400(Kind kind) {
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).when().post(kind.path).then(), kind.path);
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("null").when().post(kind.path).then(),
                kind.path);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void wrongJsonTypesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("wrong-type-" + suffix()));
        String number = "{\"" + kind.nameField + "\": 42}";
        String notAnArray = "{\"" + kind.nameField + "\": \"Fine\", \"" + (kind == Kind.ARTICLES ? "tags" : "aliases")
                + "\": \"not-an-array\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(number)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(kind.nameField))
                .body("errors.message", hasItem("must be a string"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(notAnArray)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(kind == Kind.ARTICLES ? "tags" : "aliases"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body("[1, 2]")
                .when().post(kind.path).then(), kind.path);
        if (kind == Kind.ARTICLES) {
            expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                    .body("{\"title\": \"Fine\", \"publishAt\": \"yesterday\"}")
                    .when().post(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("publishAt")));
        }
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(number).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(number).when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id())
                .body("errors.field", hasItem(kind.nameField));
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("[]").when().patch(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"ARTICLES", "TAGS"}) // people have no enumerated field
    void unknownEnumValuesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("enum-" + suffix()));
        String field = kind == Kind.ARTICLES ? "status" : "kind";
        String allowed = kind == Kind.ARTICLES ? "draft, scheduled, published, archived"
                : "topic, place, organisation, event";
        String body = "{\"" + kind.nameField + "\": \"Fine\", \"" + field + "\": \"live\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(body)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem("must be one of: " + allowed));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(body).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"" + field + "\": \"live\"}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem(field));
        if (kind == Kind.ARTICLES) {
            expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                    .body("{\"title\": \"Fine\", \"people\": [{\"person\": \"someone\", \"role\": \"boss\"}]}")
                    .when().post(kind.path).then(), kind.path);
        }
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownPropertiesAreRejectedWith400(Kind kind) {
        Created created = create(kind, kind.minimal("unknown-property-" + suffix()));
        String body = "{\"" + kind.nameField + "\": \"Fine\", \"headline\": \"Not a field\"}";

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).body(body)
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem("headline"))
                .body("errors.message", hasItem("is not a known property"));
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(body).when().put(kind.path + "/" + created.id()).then(), kind.path + "/" + created.id());
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"headline\": \"Not a field\"}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem("headline"));
        // Server-managed fields are not writable either.
        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body("{\"" + kind.nameField + "\": \"Fine\", \"id\": \"123\"}")
                .when().post(kind.path).then(), kind.path)
                .body("errors.field", hasItem("id"));
        expectBadRequest(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"version\": 7}").when().patch(kind.path + "/" + created.id()).then(),
                kind.path + "/" + created.id())
                .body("errors.field", hasItem("version"));
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void badPagingParametersAreRejectedWith400(Kind kind) {
        for (String limit : List.of("0", "101", "500", "ten", "-1", "1.5")) {
            expectBadRequest(withoutKey().queryParam("limit", limit).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("limit")));
        }
        for (String page : List.of("0", "-3", "first", "99999999999")) {
            expectBadRequest(withoutKey().queryParam("page", page).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("page")));
        }

        // Cursors: the contract allows any string, so these requests are validated too; the server refuses them.
        String cursor = nextCursor(kind);
        String tampered = cursor.substring(0, cursor.length() - 4) + (cursor.endsWith("AAAA") ? "BBBB" : "AAAA");
        String foreign = nextCursor(kind == Kind.ARTICLES ? Kind.TAGS : Kind.ARTICLES);
        for (String bad : List.of("not-a-cursor", tampered, cursor.substring(0, cursor.length() / 2), foreign)) {
            expectBadRequest(anonymous().queryParam("cursor", bad).when().get(kind.path).then(), kind.path)
                    .body("errors.field", is(List.of("cursor")));
        }
        // One way to page at a time.
        expectBadRequest(anonymous().queryParam("page", 1).queryParam("cursor", cursor).when().get(kind.path).then(),
                kind.path)
                .body("errors.field", is(List.of("cursor")));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownFieldsAreRejectedWith400(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("unknown-field-" + suffix())));
        String one = kind.path + "/" + created.slug();

        // The contract names the fields each resource has, so only the response is validated.
        expectBadRequest(withoutKey().queryParam("fields", "slug,secret").when().get(kind.path).then(), kind.path)
                .body("errors.field", is(List.of("fields")))
                .body("detail", containsString("secret"));
        expectBadRequest(withoutKey().queryParam("fields", "secret").when().get(one).then(), one)
                .body("errors.field", is(List.of("fields")));
    }

    @Test
    void badArticleListParametersAreRejectedWith400() {
        String path = Kind.ARTICLES.path;
        // Values the contract itself rules out: only the response is validated.
        Map<String, String> outOfContract = Map.of("include", "comments", "sort", "popularity", "status", "live",
                "publishedAfter", "yesterday", "publishedBefore", "2024-12-05 08:00", "updatedSince", "1733385600",
                "language", "English", "q", "Lavrov ".repeat(30));
        outOfContract.forEach((name, value) ->
                expectBadRequest(withoutKey().queryParam(name, value).when().get(path).then(), path)
                        .body("errors.field", is(List.of(name))));
        expectBadRequest(withoutKey().queryParam("include", "tags").queryParam("include", "comments")
                .when().get(path).then(), path)
                .body("errors.field", is(List.of("include")));

        // Values the contract allows that the server still refuses: the request is validated too.
        expectBadRequest(anonymous().queryParam("sort", "relevance").when().get(path).then(), path)
                .body("errors.field", is(List.of("sort")))
                .body("detail", containsString("q"));
        expectBadRequest(anonymous().queryParam("updatedSince", "2024-13-01").when().get(path).then(), path)
                .body("errors.field", is(List.of("updatedSince")));
        expectBadRequest(anonymous().queryParam("publishedAfter", "2024-02-30T08:00:00Z").when().get(path).then(), path)
                .body("errors.field", is(List.of("publishedAfter")));
        // A cursor only moves through the query that issued it.
        String cursor = nextCursor(Kind.ARTICLES);
        expectBadRequest(anonymous().queryParam("cursor", cursor).queryParam("sort", "title").when().get(path).then(),
                path)
                .body("errors.field", is(List.of("cursor")));
        expectBadRequest(anonymous().queryParam("cursor", cursor).queryParam("tag", "osce").when().get(path).then(),
                path)
                .body("errors.field", is(List.of("cursor")));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 401

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithoutAKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, kind.minimal("no-key-" + suffix()));
        String one = kind.path + "/" + created.id();

        // The request side is not validated: the contract requires the key these requests leave out.
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(kind.minimal("no-key-new-" + suffix())).when().post(kind.path).then(), kind.path);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(kind.minimal(created.slug())).when().put(one).then(), one);
        expectUnauthorized(withoutKey().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), one);
        expectUnauthorized(withoutKey().header("If-Match", created.etag()).when().delete(one).then(), one);
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithAWrongKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, kind.minimal("wrong-key-" + suffix()));
        String one = kind.path + "/" + created.id();

        expectUnauthorized(wrongKey().contentType(ContentType.JSON)
                .body(kind.minimal("wrong-key-new-" + suffix())).when().post(kind.path).then(), kind.path);
        expectUnauthorized(wrongKey().contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(kind.minimal(created.slug())).when().put(one).then(), one);
        expectUnauthorized(wrongKey().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), one);
        expectUnauthorized(deleting(wrongKey()).header("If-Match", created.etag()).when().delete(one).then(), one);
        assertUnchanged(kind, created);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void readsWithAWrongKeyAreRejectedWith401(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("read-wrong-key-" + suffix())));
        expectUnauthorized(wrongKey().when().get(kind.path).then(), kind.path);
        expectUnauthorized(wrongKey().when().get(kind.path + "/" + created.slug()).then(),
                kind.path + "/" + created.slug());
        // Not a bearer credential at all: refused too, never downgraded to an anonymous read.
        expectUnauthorized(withoutKey().header("Authorization", "Basic ZWRpdG9yOnNlY3JldA==")
                .when().get(kind.path + "/" + created.slug()).then(), kind.path + "/" + created.slug());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 403 and API keys

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithAKeyWithoutTheScopeAreRejectedWith403(Kind kind) {
        Created created = create(kind, kind.minimal("read-only-key-" + suffix()));
        String one = kind.path + "/" + created.id();
        String reader = "Bearer " + issueKey("content:read");

        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(kind.minimal("read-only-new-" + suffix())).when().post(kind.path).then(), 403, "forbidden",
                kind.path);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .header("If-Match", created.etag()).body(kind.minimal(created.slug())).when().put(one).then(),
                403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).contentType(MERGE_PATCH)
                .header("If-Match", created.etag()).body(Map.of(kind.nameField, "Changed")).when().patch(one)
                .then(), 403, "forbidden", one);
        expectProblem(deleting(anonymous()).header("Authorization", reader).header("If-Match", created.etag())
                .when().delete(one).then(), 403, "forbidden", one);
        assertUnchanged(kind, created);
    }

    @Test
    void keyLifecycleConformsToTheContract() {
        String keys = "/api/v1/keys";
        ExtractableResponse<Response> created = editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Contract " + suffix(), "scopes", List.of("content:write")))
                .when().post(keys)
                .then().statusCode(201)
                .header("Cache-Control", is("private, no-store"))
                .body("secret", startsWith("dl_"))
                .extract();
        String one = keys + "/" + created.path("id");
        assertTrue(created.header("Location").endsWith(one), created.header("Location"));
        editor().when().get(keys).then().statusCode(200).body("items.id", hasItem(created.<String>path("id")));
        editor().when().get(one).then().statusCode(200).body("revokedAt", nullValue());

        String reader = "Bearer " + issueKey("content:read");
        expectProblem(anonymous().header("Authorization", reader).when().get(keys).then(), 403, "forbidden", keys);
        expectProblem(anonymous().header("Authorization", reader).when().get(one).then(), 403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("admin"))).when().post(keys).then(), 403, "forbidden",
                keys);
        expectProblem(deleting(anonymous()).header("Authorization", reader).when().delete(one).then(), 403,
                "forbidden", one);

        expectUnauthorized(withoutKey().when().get(keys).then(), keys);
        expectUnauthorized(withoutKey().when().get(one).then(), one);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("admin"))).when().post(keys).then(), keys);
        expectUnauthorized(deleting(withoutKey()).when().delete(one).then(), one);

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("everything"))).when().post(keys).then(), keys);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("name", " ", "scopes", List.of())).when().post(keys).then(), 422, "validation-failed",
                keys);
        String unknown = keys + "/" + UUID.randomUUID();
        expectProblem(editor().when().get(unknown).then(), 404, "not-found", unknown);
        expectProblem(deleting(editor()).when().delete(unknown).then(), 404, "not-found", unknown);

        deleting(editor()).when().delete(one).then().statusCode(204);
        editor().when().get(one).then().statusCode(200).body("revokedAt", matchesPattern(UTC_TIMESTAMP));
    }

    /** The secret of a new key with these scopes. */
    private static String issueKey(String... scopes) {
        return editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Contract " + suffix(), "scopes", List.of(scopes)))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 404

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownRefsAreNotFound(Kind kind) {
        for (String ref : List.of("no-such-" + suffix(), UUID.randomUUID().toString())) {
            String one = kind.path + "/" + ref;
            expectProblem(anonymous().when().get(one).then(), 404, "not-found", one)
                    .body("detail", containsString(ref));
            expectProblem(editor().when().get(one).then(), 404, "not-found", one);
            expectProblem(editor().contentType(ContentType.JSON).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"")
                    .body(kind.minimal("whatever-" + suffix())).when().put(one).then(), 404, "not-found", one);
            expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"")
                    .body(Map.of(kind.nameField, "Changed")).when().patch(one).then(), 404, "not-found", one);
            expectProblem(deleting(editor()).header("If-Match", "\"0-AAAAAAAAAAAAAAAA\"").when().delete(one).then(),
                    404, "not-found", one);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 406

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nonJsonAcceptIsRejectedWith406(Kind kind) {
        Created created = create(kind, publishedIfArticle(kind, kind.minimal("accept-" + suffix())));
        String one = kind.path + "/" + created.id();

        // The validator refuses a request whose Accept matches no documented response type
        // (validation.request.accept.notAllowed), so only the response is checked here.
        expectProblem(withoutKey().accept("text/html").when().get(kind.path).then(),
                406, "not-acceptable", kind.path);
        expectProblem(withoutKey().accept("text/html").when().get(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(ContentType.JSON).body(kind.minimal("accept-new-" + suffix()))
                .when().post(kind.path).then(), 406, "not-acceptable", kind.path);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(ContentType.JSON).header("If-Match", created.etag()).body(kind.minimal(created.slug()))
                .when().put(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html")
                .contentType(MERGE_PATCH).header("If-Match", created.etag()).body(Map.of(kind.nameField, "Changed"))
                .when().patch(one).then(), 406, "not-acceptable", one);
        expectProblem(deliberatelyInvalid().accept("text/html").header("If-Match", created.etag())
                .when().delete(one).then(), 406, "not-acceptable", one);
        assertUnchanged(kind, created);
    }

    /**
     * A DELETE succeeds with no body and fails with {@code application/problem+json}, the only media type the
     * contract documents for it, so a client that asks for exactly that must not be refused with 406.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteAcceptsTheProblemMediaTypeItDocuments(Kind kind) {
        Created created = create(kind, kind.minimal("accept-problem-" + suffix()));
        editor().accept(PROBLEM).header("If-Match", created.etag())
                .when().delete(kind.path + "/" + created.id())
                .then().statusCode(204);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 409

    @ParameterizedTest
    @EnumSource(Kind.class)
    void takenSlugsAreRejectedWith409(Kind kind) {
        Created first = create(kind, kind.minimal("taken-" + suffix()));
        Created second = create(kind, kind.minimal("other-" + suffix()));
        String two = kind.path + "/" + second.id();

        expectProblem(editor().contentType(ContentType.JSON).body(kind.minimal(first.slug()))
                .when().post(kind.path).then(), 409, "conflict", kind.path)
                .body("detail", containsString(first.slug()))
                .body("errors.field", is(List.of("slug"))); // names the taken field: people have two unique ones
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", second.etag())
                .body(kind.minimal(first.slug())).when().put(two).then(), 409, "conflict", two);
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", second.etag())
                .body(Map.of("slug", first.slug())).when().patch(two).then(), 409, "conflict", two);
        assertUnchanged(kind, second);
    }

    @Test
    void aWikidataIdAnotherPersonHasIsRejectedWith409() {
        String wikidataId = randomWikidataId();
        create(Kind.PEOPLE, Map.of("slug", "wikidata-first-" + suffix(), "name", "First", "wikidataId", wikidataId));
        Created second = create(Kind.PEOPLE, Kind.PEOPLE.minimal("wikidata-second-" + suffix()));
        String two = Kind.PEOPLE.path + "/" + second.id();

        expectProblem(editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Third", "slug", "wikidata-third-" + suffix(), "wikidataId", wikidataId))
                .when().post(Kind.PEOPLE.path).then(), 409, "conflict", Kind.PEOPLE.path)
                .body("errors.field", is(List.of("wikidataId")));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", second.etag())
                .body(Map.of("wikidataId", wikidataId)).when().patch(two).then(), 409, "conflict", two)
                .body("errors.field", is(List.of("wikidataId")));
        assertUnchanged(Kind.PEOPLE, second);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 412

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleIfMatchIsRejectedWith412(Kind kind) {
        Created created = create(kind, kind.minimal("stale-" + suffix()));
        String one = kind.path + "/" + created.id();
        String current = editor().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(Map.of(kind.nameField, "Changed once")).when().patch(one)
                .then().statusCode(200).extract().header("ETag");
        String stale = created.etag();

        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", stale)
                .body(kind.minimal(created.slug())).when().put(one).then(), 412, "precondition-failed", one);
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", stale)
                .body(Map.of(kind.nameField, "Changed twice")).when().patch(one).then(), 412, "precondition-failed", one);
        expectProblem(deleting(editor()).header("If-Match", stale).when().delete(one).then(), 412, "precondition-failed", one);
        // A weak tag never matches: If-Match compares strongly.
        expectProblem(deleting(editor()).header("If-Match", "W/" + current).when().delete(one).then(),
                412, "precondition-failed", one);

        editor().when().get(one).then().statusCode(200)
                .header("ETag", is(current))
                .body(kind.nameField, is("Changed once"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 413

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oversizeBodiesAreRejectedWith413(Kind kind) {
        Created created = create(kind, kind.minimal("oversize-" + suffix()));
        String one = kind.path + "/" + created.id();
        // Valid JSON and valid against the schema (whitespace between tokens is free), just over 1 MiB.
        String padded = "{\"" + kind.nameField + "\": \"Huge\"" + " ".repeat(1024 * 1024) + "}";
        String newSlug = "oversize-new-" + suffix();
        String paddedNew = "{\"slug\": \"" + newSlug + "\", " + padded.substring(1);

        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).body(paddedNew)
                .when().post(kind.path).then(), 413, "payload-too-large", kind.path);
        editor().when().get(kind.path + "/" + newSlug).then().statusCode(404); // the refused POST wrote nothing
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(ContentType.JSON).header("If-Match", created.etag())
                .body(padded).when().put(one).then(), 413, "payload-too-large", one);
        expectProblem(editor().config(EXPECT_CONTINUE).contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body(padded).when().patch(one).then(), 413, "payload-too-large", one);
        assertUnchanged(kind, created);
    }

    /**
     * A body streamed without a {@code Content-Length} (chunked) cannot be refused up front, but once it passes the
     * limit the answer must still be the documented 413 problem. REST Assured always declares a length, so this
     * request goes through {@code java.net.http} and its response through the same validator as the others.
     */
    @Test
    void chunkedOversizeBodiesAreRejectedWith413Problem() throws Exception {
        byte[] padded = ("{\"name\": \"Huge\"" + " ".repeat(1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(tagsUri)
                        .header("Authorization", EDITOR_KEY)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .expectContinue(true)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded)))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        ValidationReport report = RESPONSE_VALIDATOR.validateResponse(Kind.TAGS.path, Request.Method.POST, answer.build());
        assertFalse(report.hasErrors(), () -> "the 413 breaks the contract: " + report.getMessages());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 415

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unsupportedMediaTypesAreRejectedWith415(Kind kind) {
        Created created = create(kind, kind.minimal("media-type-" + suffix()));
        String one = kind.path + "/" + created.id();
        String json = "{\"" + kind.nameField + "\": \"Fine\"}";

        // The request side is not validated: the contract does not allow these media types.
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .body(json).when().post(kind.path).then(), 415, "unsupported-media-type", kind.path);
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .header("If-Match", created.etag()).body(json).when().put(one).then(),
                415, "unsupported-media-type", one);
        expectProblem(deliberatelyInvalid().contentType(ContentType.TEXT)
                .header("If-Match", created.etag()).body(json).when().patch(one).then(),
                415, "unsupported-media-type", one);
        // A merge patch must say it is one: plain JSON is not accepted on PATCH.
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .header("If-Match", created.etag()).body(json).when().patch(one).then(),
                415, "unsupported-media-type", one);
        assertUnchanged(kind, created);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 422

    @ParameterizedTest
    @EnumSource(Kind.class)
    void constraintViolationsAreRejectedWith422(Kind kind) {
        Created created = create(kind, kind.minimal("invalid-" + suffix()));
        String one = kind.path + "/" + created.id();
        // Blank but not empty: the schema (minLength 1) allows it, the server must not.
        Map<String, Object> blank = Map.of(kind.nameField, "   ");

        expectProblem(editor().contentType(ContentType.JSON).body(blank).when().post(kind.path).then(),
                422, "validation-failed", kind.path)
                .body("errors.field", hasItem(kind.nameField));
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", created.etag()).body(blank)
                .when().put(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", created.etag()).body(blank)
                .when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        // Removing a required member with a merge patch leaves an invalid document.
        // The patch schemas say so too (not nullable), so only the response is validated.
        expectProblem(deliberatelyInvalid().contentType(MERGE_PATCH).header("If-Match", created.etag())
                .body("{\"" + kind.nameField + "\": null}").when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", hasItem(kind.nameField));
        assertUnchanged(kind, created);
    }

    @Test
    void unknownTagAndPersonRefsAreRejectedWith422() {
        String suffix = suffix();
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("known-tag-" + suffix));
        Created article = create(Kind.ARTICLES, Kind.ARTICLES.minimal("refs-" + suffix));
        String one = Kind.ARTICLES.path + "/" + article.id();
        Map<String, Object> unknownTag = Map.of("title", "Fine",
                "tags", List.of(tag.slug(), "nagorno-karabach-" + suffix));

        expectProblem(editor().contentType(ContentType.JSON).body(unknownTag).when().post(Kind.ARTICLES.path).then(),
                422, "validation-failed", Kind.ARTICLES.path)
                .body("errors.field", is(List.of("tags[1]")));
        expectProblem(editor().contentType(ContentType.JSON).header("If-Match", article.etag()).body(unknownTag)
                .when().put(one).then(), 422, "validation-failed", one)
                .body("errors.field", is(List.of("tags[1]")));
        expectProblem(editor().contentType(MERGE_PATCH).header("If-Match", article.etag())
                .body(Map.of("people", List.of(Map.of("person", "nobody-" + suffix, "role", "author"))))
                .when().patch(one).then(), 422, "validation-failed", one)
                .body("errors.field", is(List.of("people[0].person")));
        assertUnchanged(Kind.ARTICLES, article);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 428

    @ParameterizedTest
    @EnumSource(Kind.class)
    void writesWithoutIfMatchAreRejectedWith428(Kind kind) {
        Created created = create(kind, kind.minimal("unconditional-" + suffix()));
        String one = kind.path + "/" + created.id();

        expectProblem(editor().contentType(ContentType.JSON).body(kind.minimal(created.slug()))
                .when().put(one).then(), 428, "precondition-required", one);
        expectProblem(editor().contentType(MERGE_PATCH).body(Map.of(kind.nameField, "Changed"))
                .when().patch(one).then(), 428, "precondition-required", one);
        expectProblem(deleting(editor()).when().delete(one).then(), 428, "precondition-required", one);
        // "*" does not state a version either.
        expectProblem(deleting(editor()).header("If-Match", "*").when().delete(one).then(), 428, "precondition-required", one);
        assertUnchanged(kind, created);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Search (the behaviour is tested in search/SearchResourceTest; this covers every documented response)

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
        expectUnauthorized(wrongKey().queryParam("q", "lavrov").when().get(search).then(), search);
        expectProblem(withoutKey().accept("text/html").queryParam("q", "lavrov").when().get(search).then(),
                406, "not-acceptable", search);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sitemaps and JSON-LD (the behaviour is tested in sitemap/ and jsonld/; this covers every documented response)

    private static final List<String> SITEMAPS = List.of("/sitemap.xml", "/sitemaps/articles-1.xml",
            "/sitemaps/tags-1.xml", "/sitemaps/people-1.xml", "/sitemaps/news.xml");
    private static final String LD_JSON = "application/ld+json";
    private static final String XML = "application/xml";

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

    // Change stream (the behaviour is tested in sync/ChangeStreamTest; this covers every documented response)

    @Test
    void changeStreamConformsToTheContract() {
        String changes = "/api/v1/changes";
        var first = anonymous().queryParam("limit", 500).when().get(changes).then().statusCode(200).extract();
        String token = first.path("next");
        for (boolean more = first.path("hasMore"); more; ) { // to the end of what tests have written so far
            var page = anonymous().queryParam("since", token).queryParam("limit", 500).when().get(changes)
                    .then().statusCode(200).extract();
            token = page.path("next");
            more = page.path("hasMore");
        }
        Created tag = create(Kind.TAGS, Kind.TAGS.minimal("synced-" + suffix()));
        Created article = create(Kind.ARTICLES, Map.of("slug", "synced-" + suffix(), "title", "Synced",
                "status", "published", "tags", List.of(tag.slug())));
        Created person = create(Kind.PEOPLE, Kind.PEOPLE.minimal("synced-" + suffix()));
        deleting(editor()).header("If-Match", article.etag()).when().delete(Kind.ARTICLES.path + "/" + article.id())
                .then().statusCode(204);
        anonymous().queryParam("since", token).when().get(changes)
                .then().statusCode(200)
                .header("Cache-Control", is("private, no-cache"))
                .header("Link", startsWith("</api/v1/changes?since="))
                .body("changes.id", is(List.of(tag.id(), person.id(), article.id())))
                .body("changes.action", is(List.of("upsert", "upsert", "delete")))
                .body("changes[0].data.slug", is(tag.slug()))
                .body("hasMore", is(false));
        editor().queryParam("since", token).queryParam("limit", 1).when().get(changes)
                .then().statusCode(200)
                .body("changes.id", is(List.of(tag.id())))
                .body("hasMore", is(true));
        expectBadRequest(withoutKey().queryParam("since", "not-a-token").when().get(changes).then(), changes)
                .body("errors.field", is(List.of("since")));
        expectBadRequest(withoutKey().queryParam("limit", 501).when().get(changes).then(), changes)
                .body("errors.field", is(List.of("limit")));
        expectUnauthorized(wrongKey().when().get(changes).then(), changes);
        expectProblem(withoutKey().accept("text/html").when().get(changes).then(), 406, "not-acceptable", changes);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Webhooks (the behaviour is tested in webhook/WebhookDeliveryTest; this covers every documented response)

    @Inject
    WebhookJobs webhookJobs;

    @Test
    void webhooksConformToTheContract() throws Exception {
        String hooks = "/api/v1/webhooks";
        String target;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            target = "http://127.0.0.1:" + closed.getLocalPort() + "/hooks/dateline"; // nothing listens once closed
        }
        ExtractableResponse<Response> created = editor().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("tag.*", "article.published")))
                .when().post(hooks)
                .then().statusCode(201)
                .header("Cache-Control", is("private, no-store"))
                .body("secret", startsWith("whsec_"))
                .body("events", is(List.of("article.published", "tag.*")))
                .extract();
        String one = hooks + "/" + created.path("id");
        String deliveries = one + "/deliveries";
        assertTrue(created.header("Location").endsWith(one), created.header("Location"));
        editor().when().get(hooks).then().statusCode(200).body("items.id", hasItem(created.<String>path("id")));
        editor().when().get(one).then().statusCode(200).body("$", not(hasKey("secret")));

        for (int i = 0; i < 2; i++) {
            create(Kind.TAGS, Kind.TAGS.minimal("hooked-" + i + "-" + suffix()));
        }
        webhookJobs.dispatchAndSend();
        ExtractableResponse<Response> first = editor().queryParam("limit", 1).when().get(deliveries)
                .then().statusCode(200)
                .body("items.eventType", is(List.of("tag.created")))
                .body("items[0].status", is("pending"))
                .body("items[0].attempts", is(1))
                .body("items[0].lastStatusCode", nullValue())
                .body("items[0].lastError", startsWith("could not connect"))
                .body("next", notNullValue())
                .extract();
        editor().queryParam("limit", 1).queryParam("cursor", first.<String>path("next")).when().get(deliveries)
                .then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].id", not(is(first.<String>path("items[0].id"))))
                .body("next", nullValue());

        String reader = "Bearer " + issueKey("content:write");
        expectProblem(anonymous().header("Authorization", reader).when().get(hooks).then(), 403, "forbidden", hooks);
        expectProblem(anonymous().header("Authorization", reader).when().get(one).then(), 403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).when().get(deliveries).then(), 403, "forbidden",
                deliveries);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"))).when().post(hooks).then(), 403, "forbidden",
                hooks);
        expectProblem(deleting(anonymous()).header("Authorization", reader).when().delete(one).then(), 403,
                "forbidden", one);

        expectUnauthorized(withoutKey().when().get(hooks).then(), hooks);
        expectUnauthorized(withoutKey().when().get(one).then(), one);
        expectUnauthorized(wrongKey().when().get(deliveries).then(), deliveries);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"))).when().post(hooks).then(), hooks);
        expectUnauthorized(deleting(withoutKey()).when().delete(one).then(), one);

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", "*")).when().post(hooks).then(), hooks);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://hooks.newsroom.example", "events", List.of("article.created")))
                .when().post(hooks).then(), 422, "validation-failed", hooks)
                .body("errors.field", is(List.of("events[0]", "url")));
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"), "secret", "whsec_c2hvcnQ="))
                .when().post(hooks).then(), 422, "validation-failed", hooks)
                .body("errors.field", is(List.of("secret")));
        expectBadRequest(editor().queryParam("cursor", "garbage").when().get(deliveries).then(), deliveries)
                .body("errors.field", is(List.of("cursor")));
        expectBadRequest(deliberatelyInvalid().queryParam("limit", 0).when().get(deliveries).then(), deliveries)
                .body("errors.field", is(List.of("limit")));

        deleting(editor()).when().delete(one).then().statusCode(204);
        expectProblem(editor().when().get(one).then(), 404, "not-found", one);
        expectProblem(editor().when().get(deliveries).then(), 404, "not-found", deliveries);
        expectProblem(deleting(editor()).when().delete(one).then(), 404, "not-found", one);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Feeds (the behaviour is tested in feed/FeedResourceTest; this covers every documented response)

    /** Each feed format's extension and the media type its operations document. */
    private static final Map<String, String> FEED_TYPES = Map.of("rss", "application/rss+xml",
            "atom", "application/atom+xml", "json", "application/feed+json");

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
                expectBadRequest(given().config(CONFIG).filter(COVERAGE).filter(RESPONSE_CONTRACT)
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

    /** A feed reader's request, validated both ways: it asks for the format the extension names. */
    private static RequestSpecification feedReader(String extension) {
        return given().config(CONFIG).filter(COVERAGE).filter(CONTRACT).accept(FEED_TYPES.get(extension));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A database that does not answer

    /**
     * Another session holds every content table locked, so each operation's first statement waits until the test
     * profile's statement timeout (2 s) cancels it: 503 with Retry-After, on every operation. The requests run at
     * once, so the whole test waits one timeout, not nineteen.
     */
    @Test
    void everyOperationAnswers503WhenTheDatabaseDoesNotAnswer() throws Exception {
        Map<Kind, Created> existing = new HashMap<>();
        for (Kind kind : Kind.values()) {
            existing.put(kind, create(kind, kind.minimal(kind.name().toLowerCase() + "-" + suffix())));
        }
        // Each request with the path its problem names as instance; invokeAll keeps this order.
        List<Callable<ValidatableResponse>> calls = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        calls.add(() -> anonymous().queryParam("q", "lavrov " + suffix()).when().get("/api/v1/search").then());
        instances.add("/api/v1/search");
        calls.add(() -> anonymous().queryParam("limit", 1).when().get("/api/v1/changes").then());
        instances.add("/api/v1/changes");
        for (Kind kind : Kind.values()) {
            Created one = existing.get(kind);
            String path = kind.path + "/" + one.id();
            // The creations above dropped every cached list, and no one has read the new resources yet: the response
            // cache cannot answer these reads.
            calls.add(() -> anonymous().when().get(kind.path).then());
            calls.add(() -> anonymous().when().get(path).then());
            calls.add(() -> editor().contentType(ContentType.JSON).body(kind.minimal("new-" + suffix()))
                    .when().post(kind.path).then());
            calls.add(() -> editor().contentType(ContentType.JSON).header("If-Match", one.etag())
                    .body(kind.minimal(one.slug())).when().put(path).then());
            calls.add(() -> editor().contentType(MERGE_PATCH).header("If-Match", one.etag())
                    .body(Map.of(kind.nameField, "Patched")).when().patch(path).then());
            calls.add(() -> deleting(editor()).header("If-Match", one.etag()).when().delete(path).then());
            instances.addAll(List.of(kind.path, path, kind.path, path, path, path));
        }
        String key = "/api/v1/keys/" + editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Locked out " + suffix(), "scopes", List.of("content:read")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("id");
        calls.add(() -> editor().when().get("/api/v1/keys").then());
        calls.add(() -> editor().when().get(key).then());
        calls.add(() -> editor().contentType(ContentType.JSON)
                .body(Map.of("name", "Waiting " + suffix(), "scopes", List.of("content:read")))
                .when().post("/api/v1/keys").then());
        calls.add(() -> deleting(editor()).when().delete(key).then());
        instances.addAll(List.of("/api/v1/keys", key, "/api/v1/keys", key));
        String hook = "/api/v1/webhooks/" + editor().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.newsroom.example/dateline", "events", List.of("*")))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        calls.add(() -> editor().when().get("/api/v1/webhooks").then());
        calls.add(() -> editor().when().get(hook).then());
        calls.add(() -> editor().when().get(hook + "/deliveries").then());
        calls.add(() -> editor().contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.newsroom.example/waiting", "events", List.of("*")))
                .when().post("/api/v1/webhooks").then());
        calls.add(() -> deleting(editor()).when().delete(hook).then());
        instances.addAll(List.of("/api/v1/webhooks", hook, hook + "/deliveries", "/api/v1/webhooks", hook));
        for (String sitemap : SITEMAPS) {
            calls.add(() -> anonymous().accept(XML).when().get(sitemap).then());
            instances.add(sitemap);
        }
        String jsonLd = Kind.ARTICLES.path + "/" + existing.get(Kind.ARTICLES).id() + "/jsonld";
        calls.add(() -> anonymous().accept(LD_JSON).when().get(jsonLd).then());
        instances.add(jsonLd);
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + existing.get(Kind.TAGS).slug(),
                "/feeds/people/" + existing.get(Kind.PEOPLE).slug())) {
            for (String extension : FEED_TYPES.keySet()) {
                calls.add(() -> feedReader(extension).when().get(feed + "." + extension).then());
                instances.add(feed + "." + extension);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table article, tag, person, article_tag, article_person, api_key, change_log"
                        + ", webhook_subscription, webhook_delivery, webhook_cursor"
                        + " in access exclusive mode");
                List<Future<ValidatableResponse>> answers = pool.invokeAll(calls);
                for (int i = 0; i < answers.size(); i++) {
                    expectProblem(answers.get(i).get(), 503, "service-unavailable", instances.get(i))
                            .header("Retry-After", is("5"));
                }
            } finally {
                locker.rollback();
            }
        } finally {
            pool.shutdownNow();
        }
        existing.forEach(ContractTest::assertUnchanged);
        deleting(editor()).when().delete(hook).then().statusCode(204);
    }

    /**
     * A failure nobody planned for (here a table that is gone, as after a migration that went wrong) is a 500 problem
     * that names an incident, which the log records with the cause, and says nothing of the cause itself.
     */
    @Test
    void anUnexpectedFailureIsA500ProblemThatNamesOnlyAnIncident() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter table webhook_subscription rename to webhook_subscription_gone");
            try {
                expectProblem(editor().when().get("/api/v1/webhooks").then(), 500, "internal-error", "/api/v1/webhooks")
                        .body("detail", matchesPattern("Something went wrong on our side; incident [0-9a-f-]+"))
                        .body("detail", not(containsString("webhook_subscription")));
            } finally {
                sql.execute("alter table webhook_subscription_gone rename to webhook_subscription");
            }
        }
        editor().when().get("/api/v1/webhooks").then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Coverage of the contract by this class

    @AfterEach
    void recordTestRun(TestInfo test) {
        test.getTestMethod().ifPresent(method -> TESTS_RUN.add(method.getName()));
    }

    /**
     * When the whole class has run (not a filtered subset), every response the contract documents, for every
     * operation, must have been produced by the server and validated at least once. A status added to
     * openapi.yaml without a test here fails the build.
     */
    @AfterAll
    static void everyDocumentedResponseWasExercised() {
        Set<String> all = Stream.of(ContractTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
                .map(Method::getName)
                .collect(Collectors.toSet());
        if (TESTS_RUN.containsAll(all)) {
            assertEquals(Set.of(), COVERAGE.unexercised(), "documented responses no test produced");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static OpenApiValidationFilter filter(LevelResolver levels) {
        return new OpenApiValidationFilter(validator(levels));
    }

    private static OpenApiInteractionValidator validator(LevelResolver levels) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).withLevelResolver(levels).build();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Wikidata ids are unique among people: a random one keeps tests apart. */
    private static String randomWikidataId() {
        return "Q9" + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000_000L);
    }

    private static RequestSpecification anonymous() {
        return given().config(CONFIG).filter(COVERAGE).filter(CONTRACT).accept(ContentType.JSON);
    }

    private static RequestSpecification editor() {
        return anonymous().header("Authorization", EDITOR_KEY);
    }

    private static RequestSpecification wrongKey() {
        return anonymous().header("Authorization", "Bearer not-the-key");
    }

    /** DELETE answers 204 or a problem: {@code Accept: application/json} matches none of its documented responses. */
    private static RequestSpecification deleting(RequestSpecification spec) {
        return spec.accept(ContentType.ANY);
    }

    /** An editor's request that breaks the contract on purpose: only the response is validated. */
    private static RequestSpecification deliberatelyInvalid() {
        return withoutKey().header("Authorization", EDITOR_KEY);
    }

    /** A request without a key where the contract requires one, or otherwise broken on purpose: only the response is validated. */
    private static RequestSpecification withoutKey() {
        return given().config(CONFIG).filter(COVERAGE).filter(RESPONSE_CONTRACT).accept(ContentType.JSON);
    }

    /** A read with {@code fields=}: see {@link #SPARSE_CONTRACT}. */
    private static RequestSpecification sparse() {
        return given().config(CONFIG).filter(COVERAGE).filter(SPARSE_CONTRACT).accept(ContentType.JSON);
    }

    /** GETs a root-relative link from a page, passing its query parameters as such so that they are validated. */
    private static Response follow(RequestSpecification spec, String link) {
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
    private static String linkHeader(Map<String, String> links) {
        return Stream.of("first", "prev", "next", "last")
                .filter(rel -> links.get(rel) != null)
                .map(rel -> "<" + links.get(rel) + ">; rel=\"" + rel + "\"")
                .collect(Collectors.joining(", "));
    }

    /** A cursor to the second keyset page of a list, made long enough to have one. */
    private static String nextCursor(Kind kind) {
        for (int i = 0; i < 2; i++) {
            create(kind, publishedIfArticle(kind, kind.minimal("cursor-" + i + "-" + suffix())));
        }
        String next = anonymous().queryParam("limit", 1).when().get(kind.path)
                .then().statusCode(200).extract().path("links.next");
        Matcher cursor = Pattern.compile("[?&]cursor=([^&]+)").matcher(next);
        assertTrue(cursor.find(), () -> next + " has no cursor");
        return URLDecoder.decode(cursor.group(1), StandardCharsets.UTF_8);
    }

    /** The article list this request asks for holds exactly these articles, in this order. */
    private static void expectSlugs(RequestSpecification request, String... slugs) {
        request.when().get(Kind.ARTICLES.path).then().statusCode(200).body("items.slug", is(List.of(slugs)));
    }

    /**
     * Tags and people (unfiltered lists): keyset pages by default, forwards and back again; numbered ones with
     * {@code page}, in the same order; links in the body and the {@code Link} header alike.
     */
    private static void assertListPagesConform(Kind kind) {
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

    private static Map<String, Object> publishedIfArticle(Kind kind, Map<String, Object> body) {
        if (kind != Kind.ARTICLES) {
            return body;
        }
        var published = new HashMap<>(body);
        published.put("status", "published");
        return published;
    }

    /** Every slug in a list, page by page (other tests' rows may push any one of them past the first page). */
    private static List<String> allSlugs(Kind kind, boolean withKey) {
        List<String> slugs = new ArrayList<>();
        for (int page = 1, pages = 1; page <= pages; page++) {
            ExtractableResponse<Response> response = (withKey ? editor() : anonymous())
                    .queryParam("page", page).queryParam("limit", 100)
                    .when().get(kind.path)
                    .then().statusCode(200).extract();
            slugs.addAll(response.path("items.slug"));
            pages = response.path("page.totalPages");
        }
        return slugs;
    }

    private static Created create(Kind kind, Map<String, Object> body) {
        ExtractableResponse<Response> response = editor().contentType(ContentType.JSON).body(body)
                .when().post(kind.path)
                .then().statusCode(201)
                .extract();
        return new Created(response.path("id"), response.path("slug"), response.header("ETag"));
    }

    /** The resource is still exactly as it was created: a rejected write changed nothing. */
    private static void assertUnchanged(Kind kind, Created created) {
        editor().when().get(kind.path + "/" + created.id())
                .then().statusCode(200)
                .header("ETag", is(created.etag()))
                .body("version", is(0));
    }

    private static void assertLocationNames(String location, Kind kind, String id) {
        assertTrue(location.endsWith(kind.path + "/" + id),
                () -> "Location " + location + " should name " + kind.path + "/" + id);
    }

    /**
     * Every operation of the contract, whatever it takes, refuses a header field that breaks RFC 9110's grammar with a
     * 400 problem before anything else (web/HeaderSyntax), so every operation documents a 400.
     */
    @Test
    void aMalformedHeaderFieldIsABadRequestOnEveryOperation() {
        OpenAPI api = new OpenAPIV3Parser().readContents(SPEC).getOpenAPI();
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String path = template.replaceAll("\\{[^/}]+}", "1");
            // A name with a space: the HTTP client turns control characters in a value into '?' before sending.
            expectProblem(withoutKey().header("Bad Name", "x").when()
                    .request(method.name(), path).then(), 400, "bad-request", path);
        }));
    }

    /** A read conditioned on a representation the server does not have (RFC 9110, 13.1.1): 412, as a problem. */
    private static void expectPreconditionFailed(RequestSpecification read, String path) {
        expectProblem(read.header("If-Match", "\"not-the-current-one\"").when().get(path).then(), 412,
                "precondition-failed", path);
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status, String kind,
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

    private static ValidatableResponse expectBadRequest(ValidatableResponse response, String instance) {
        return expectProblem(response, 400, "bad-request", instance);
    }

    private static ValidatableResponse expectUnauthorized(ValidatableResponse response, String instance) {
        return expectProblem(response, 401, "unauthorized", instance)
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    /** A REST Assured filter that notes which documented response (method, path template, status) a request got. */
    static final class ResponseCoverage implements Filter {

        private record Documented(String method, String template, Pattern path, String status) {

            String key() {
                return method + " " + template + " " + status;
            }
        }

        /**
         * The 429 of the rate limit, which this profile turns off (every test calls from one address): RateLimitTest
         * produces it on reads and writes, in a profile of its own, and checks it against this contract there. And the
         * 500 every operation documents: one mapper answers every unexpected failure the same way, and
         * {@code anUnexpectedFailureIsA500ProblemThatNamesOnlyAnIncident} produces it on one operation.
         */
        private static final Set<String> PROVEN_ELSEWHERE = Set.of("429", "500");

        private final List<Documented> documented = new ArrayList<>();
        private final Set<String> seen = ConcurrentHashMap.newKeySet();

        ResponseCoverage(String spec) {
            OpenAPI api = new OpenAPIV3Parser().readContents(spec, null, new ParseOptions()).getOpenAPI();
            api.getPaths().forEach((template, item) -> {
                Pattern path = Pattern.compile(Stream.of(template.split("\\{[^/}]+}", -1))
                        .map(Pattern::quote).collect(Collectors.joining("[^/]+", "^", "$")));
                item.readOperationsMap().forEach((method, operation) -> operation.getResponses().keySet()
                        .forEach(status -> documented.add(new Documented(method.name(), template, path, status))));
            });
        }

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            Response answer = context.next(request, response);
            String path = URI.create(request.getURI()).getRawPath();
            documented.stream()
                    .filter(d -> d.method().equalsIgnoreCase(request.getMethod()) && d.path().matcher(path).matches()
                            && d.status().equals(String.valueOf(answer.statusCode())))
                    .forEach(d -> seen.add(d.key()));
            return answer;
        }

        Set<String> unexercised() {
            return documented.stream().filter(d -> !PROVEN_ELSEWHERE.contains(d.status()))
                    .map(Documented::key).filter(key -> !seen.contains(key))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
