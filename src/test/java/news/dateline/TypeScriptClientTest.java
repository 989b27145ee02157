package news.dateline;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every GET operation of {@code openapi.yaml} through the TypeScript client openapi-generator's typescript-fetch makes
 * from it (generated into {@code target/typescript-client} by the build): {@code src/test/typescript/run} compiles it
 * with {@code src/test/typescript/driver.ts} using the pinned tsc, and runs the driver with node against this server.
 * The driver reads each JSON answer into the client's models and writes it back; this test makes the data it reads and
 * holds it to the contract: no call failed, and no GET operation of the file went uncalled.
 */
@QuarkusTest
class TypeScriptClientTest {

    private static final Path RUN = Path.of("src", "test", "typescript", "run");
    /** A first run installs TypeScript with npm; after that compiling and the calls take about 15 s. */
    private static final Duration LIMIT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource
    URI server;

    private final List<String> made = new ArrayList<>();

    @Test
    void everyGetOperationOfTheContractReadsThroughTheGeneratedClient() throws Exception {
        NodeScript.Result run = NodeScript.run(LIMIT, RUN, "http://127.0.0.1:" + server.getPort(),
                JSON.writeValueAsString(makeWhatTheDriverReads()));
        String[] lines = run.out().strip().split("\n");
        JsonNode report = JSON.readTree(lines[lines.length - 1]);

        assertEquals(List.of(), texts(report.path("failures")), "calls that failed (see driver.ts):\n" + run.err());
        assertEquals(0, run.exitCode(), run.log());
        Map<Pattern, String> operations = getOperations();
        Set<String> uncalled = new TreeSet<>(operations.values());
        report.path("requests").forEach(request -> {
            if ("GET".equals(request.path("method").asText()) && request.path("status").asInt() / 100 == 2) {
                operations.forEach((path, operation) -> {
                    if (path.matcher(request.path("path").asText()).matches()) {
                        uncalled.remove(operation);
                    }
                });
            }
        });
        assertEquals(Set.of(), uncalled, "GET operations of openapi.yaml that driver.ts never called successfully");
        assertEquals(new TreeSet<>(List.of("article/delete", "article/upsert", "person/delete", "person/upsert",
                "tag/delete", "tag/upsert")), new TreeSet<>(texts(report.path("changes"))),
                "the change stream read by the driver holds an upsert and a tombstone of each kind");
    }

    @AfterEach
    void deleteTheWebhook() {
        made.forEach(path -> editor().delete(path).then().statusCode(204));
        made.clear();
    }

    /**
     * Tags, people and articles, some deleted again, a key, a webhook and a preview link: what each GET operation needs
     * to find.
     */
    private Map<String, String> makeWhatTheDriverReads() {
        String since = endOfTheChangeStream();
        String u = unique();
        // Localised, so that the models read localizations, and language when a read falls back.
        String tag = editor().body(Map.of("name", "TypeScript client " + u, "localizations",
                Map.of("sq", Map.of("name", "Klient TypeScript " + u, "aliases", List.of("TS " + u)))))
                .post("/api/v1/tags").then().statusCode(201).extract().path("slug");
        String person = editor().body(Map.of("name", "TypeScript Reader " + u, "title", "Reader",
                "localizations", Map.of("sq", Map.of("title", "Lexues")))).post("/api/v1/people").then()
                .statusCode(201).extract().path("slug");
        deleted("/api/v1/tags/", createTag("TypeScript dropped " + u));
        deleted("/api/v1/people/", createPerson("TypeScript Dropped " + u));
        String query = "tsclient" + u;
        String article = createArticle(Map.of("title", "Typed from " + query, "body", "Read by a **generated** client.",
                "status", "published", "tags", List.of(tag),
                "people", List.of(Map.of("person", person, "role", "author")))).path("slug");
        // Published in a second language: the article's translations, Link and JSON-LD have something to carry.
        createArticle(Map.of("title", "Tipizuar nga " + query, "body", "Lexuar nga një klient.", "language", "sq",
                "status", "published", "translationOf", article));
        String unauthored = createArticle(Map.of("title", "Unsigned " + u, "body", "No author.", "status", "published"))
                .path("slug");
        deleted("/api/v1/articles/", createArticle(Map.of("title", "Withdrawn " + u, "body", "Gone.",
                "status", "published")));
        String keyId = editor().body(Map.of("name", "TypeScript client " + u, "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("id");
        String webhookId = editor().body(Map.of("url", "http://127.0.0.1:9/typescript-client", "events", List.of("*")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        made.add("/api/v1/webhooks/" + webhookId);
        String previewToken = editor().body(Map.of()).post("/api/v1/articles/" + article + "/previews").then()
                .statusCode(201).extract().path("token");
        return Map.ofEntries(Map.entry("key", Api.KEY), Map.entry("article", article),
                Map.entry("unauthoredArticle", unauthored), Map.entry("tag", tag), Map.entry("person", person),
                Map.entry("query", query), Map.entry("keyId", keyId), Map.entry("webhookId", webhookId),
                Map.entry("previewToken", previewToken), Map.entry("since", since));
    }

    private static void deleted(String collection, ExtractableResponse<Response> created) {
        editor().header("If-Match", created.header("ETag")).delete(collection + created.path("id")).then().statusCode(204);
    }

    /** The token after the last change so far, so that the driver reads only this test's changes. */
    private static String endOfTheChangeStream() {
        String token = null;
        for (int page = 0; page < 1000; page++) {
            RequestSpecification request = given().queryParam("limit", 500);
            ExtractableResponse<Response> read = (token == null ? request : request.queryParam("since", token))
                    .get("/api/v1/changes").then().statusCode(200).extract();
            token = read.path("next");
            if (!read.<Boolean>path("hasMore")) {
                return token;
            }
        }
        throw new AssertionError("the change stream did not end in 1000 pages");
    }

    /** Each GET operation's id, by its path as a pattern: {@code /api/v1/tags/[^/]+} for {@code /api/v1/tags/{ref}}. */
    private static Map<Pattern, String> getOperations() {
        Map<Pattern, String> operations = new LinkedHashMap<>();
        new OpenAPIV3Parser().readContents(Api.openapiYaml(), null, new ParseOptions()).getOpenAPI().getPaths()
                .forEach((template, item) -> {
                    if (item.getGet() != null) {
                        String pattern = Stream.of(template.split("\\{[^}]+}", -1)).map(Pattern::quote)
                                .collect(Collectors.joining("[^/]+"));
                        operations.put(Pattern.compile(pattern), item.getGet().getOperationId());
                    }
                });
        return operations;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
        return texts;
    }
}
