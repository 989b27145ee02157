package news.dateline.contract;

import static news.dateline.contract.Contract.FEED_TYPES;
import static news.dateline.contract.Contract.LD_JSON;
import static news.dateline.contract.Contract.MERGE_PATCH;
import static news.dateline.contract.Contract.SITEMAPS;
import static news.dateline.contract.Contract.SPEC;
import static news.dateline.contract.Contract.XML;
import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.assertUnchanged;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.feedReader;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.contract.Contract.Created;
import news.dateline.contract.Contract.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every operation of the contract answers alike, whatever its resource: a malformed header field (400), a
 * database that does not answer (503) and a failure nobody planned for (500).
 */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractEveryOperationTest {

    @Inject
    AgroalDataSource dataSource;

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
        Created article = existing.get(Kind.ARTICLES);
        String notes = Kind.ARTICLES.path + "/" + article.id() + "/corrections";
        calls.add(() -> editor().contentType(ContentType.JSON).header("If-Match", article.etag())
                .body(Map.of("kind", "update", "text", "Talks resumed.")).when().post(notes).then());
        instances.add(notes);
        String jsonLd = Kind.ARTICLES.path + "/" + existing.get(Kind.ARTICLES).id() + "/jsonld";
        calls.add(() -> anonymous().accept(LD_JSON).when().get(jsonLd).then());
        instances.add(jsonLd);
        String revisions = Kind.ARTICLES.path + "/" + article.id() + "/revisions";
        calls.add(() -> editor().when().get(revisions).then());
        calls.add(() -> editor().when().get(revisions + "/0").then());
        calls.add(() -> editor().when().get(revisions + "/0/diff").then());
        calls.add(() -> editor().header("If-Match", article.etag()).when().post(revisions + "/0/restore").then());
        instances.addAll(List.of(revisions, revisions + "/0", revisions + "/0/diff", revisions + "/0/restore"));
        String previews = Kind.ARTICLES.path + "/" + article.id() + "/previews";
        ExtractableResponse<Response> minted = editor().contentType(ContentType.JSON).body("{}")
                .when().post(previews).then().statusCode(201).extract();
        String link = previews + "/" + minted.path("id");
        String preview = "/api/v1/previews/" + minted.path("token");
        calls.add(() -> editor().when().get(previews).then());
        calls.add(() -> editor().contentType(ContentType.JSON).body("{}").when().post(previews).then());
        calls.add(() -> deleting(editor()).when().delete(link).then());
        calls.add(() -> anonymous().when().get(preview).then());
        instances.addAll(List.of(previews, previews, link, preview));
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + existing.get(Kind.TAGS).slug(),
                "/feeds/people/" + existing.get(Kind.PEOPLE).slug(), "/feeds/corrections")) {
            for (String extension : FEED_TYPES.keySet()) {
                calls.add(() -> feedReader(extension).when().get(feed + "." + extension).then());
                instances.add(feed + "." + extension);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (Statement lock = locker.createStatement()) {
                lock.execute("lock table article, tag, person, article_tag, article_person, api_key, change_log, revision"
                        + ", article_preview, article_correction"
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
        existing.forEach(Contract::assertUnchanged);
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
}
