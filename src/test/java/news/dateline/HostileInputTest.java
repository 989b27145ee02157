package news.dateline;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile requests to every endpoint, generated from what each endpoint takes (its body's string fields, its query
 * parameters, its methods): each is refused with the exact 4xx as a problem, or, where hostile text is a legitimate
 * value (a search, a tag to filter by), answered harmlessly with nothing found; and no row of any content table
 * appears, disappears or changes version.
 */
@QuarkusTest
class HostileInputTest {

    private static final String JSON = "application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    /** One hostile request and what it must get. */
    record Case(String name, String method, String path, Map<String, String> headers, byte[] body, int status) {

        boolean writes() {
            return !method.equals("GET");
        }
    }

    /** A resource as the generators see it: where it lives, a valid body, its string fields and their limits. */
    record Resource(String collection, String item, String etag, String validBody, Map<String, Integer> strings,
            String required, String enumField) {
    }

    @TestFactory
    Stream<DynamicTest> hostileRequestsAreProblemsAndChangeNothing() throws SQLException {
        List<Resource> resources = fixtures();
        List<Case> cases = new ArrayList<>();
        resources.forEach(r -> cases.addAll(writeCases(r)));
        resources.forEach(r -> cases.addAll(readCases(r)));
        cases.addAll(articleQueryCases());
        cases.addAll(facetCases());
        cases.addAll(searchCases());
        cases.addAll(changeStreamCases());
        cases.addAll(limitCases(resources));
        cases.addAll(localizationCases(resources.subList(1, 3)));
        cases.addAll(webhookCases());
        cases.addAll(revisionCases(resources.get(0)));
        cases.addAll(previewCases(resources.get(0)));
        cases.addAll(correctionCases(resources.get(0)));
        cases.addAll(translationCases(resources.get(0)));
        cases.addAll(suggestionCases());
        assertTrue(cases.stream().filter(c -> c.status() >= 400).count() >= 150, "cases: " + cases.size());

        Map<String, Long> before = rowCounts();
        Map<String, String> etags = etags(resources);
        Stream<DynamicTest> each = cases.stream().map(c -> dynamicTest(c.name(), () -> check(c)));
        Stream<DynamicTest> after = Stream.of(dynamicTest("no row changed after " + cases.size() + " requests", () -> {
            assertEquals(before, rowCounts());
            assertEquals(etags, etags(resources));
        }));
        return Stream.concat(each, after);
    }

    private void check(Case c) throws SQLException {
        Map<String, Long> before = c.writes() ? rowCounts() : null;
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(
                        encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        c.headers().forEach(request::header);
        if (c.body() != null) {
            request.body(c.body());
        }
        try {
            ValidatableResponse response = request.request(c.method(), c.path()).then().statusCode(c.status());
            if (c.status() == 200) {
                harmless(response, c.path());
            } else {
                response.contentType(Api.PROBLEM)
                        .body("type", startsWith("https://dateline.news/problems/"))
                        .body("title", not(emptyOrNullString()))
                        .body("status", equalTo(c.status()));
            }
        } catch (AssertionError e) {
            throw new AssertionError(c.name() + ": " + e.getMessage(), e);
        }
        if (before != null) {
            assertEquals(before, rowCounts(), c.name());
        }
    }

    /** Hostile text where text is allowed finds nothing, and the answer is a normal one. */
    private static void harmless(ValidatableResponse response, String path) {
        response.contentType(JSON);
        if (path.startsWith("/api/v1/suggestions")) {
            response.body("offsets", equalTo("utf-16")); // hostile text is only text: it may name things, no more
        } else if (path.startsWith("/api/v1/search")) {
            response.body("articles", empty()).body("tags", empty()).body("people", empty());
        } else if (path.startsWith("/api/v1/changes")) {
            response.body("changes", empty()); // a position past the end: nothing after it
        } else {
            response.body("items", empty());
        }
    }

    // ---- generators ----

    private static List<Case> writeCases(Resource r) {
        List<Case> cases = new ArrayList<>();
        String key = "Bearer " + Api.KEY;
        Map<String, Map<String, String>> writes = new LinkedHashMap<>();
        writes.put("POST " + r.collection(), Map.of("Authorization", key, "Content-Type", JSON));
        writes.put("PUT " + r.item(), Map.of("Authorization", key, "Content-Type", JSON, "If-Match", r.etag()));
        writes.put("PATCH " + r.item(),
                Map.of("Authorization", key, "Content-Type", Api.MERGE_PATCH, "If-Match", r.etag()));
        writes.forEach((target, headers) -> {
            String method = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            String valid = r.validBody();
            Map<String, byte[]> malformed = new LinkedHashMap<>();
            malformed.put("truncated JSON", bytes(valid.substring(0, valid.length() / 2)));
            malformed.put("a JSON array", bytes("[" + valid + "]"));
            malformed.put("a JSON string", bytes("\"" + r.required() + "\""));
            malformed.put("trailing garbage", bytes(valid + "}"));
            malformed.put("an unknown property", bytes(valid.replace("{", "{\"isAdmin\":true,")));
            malformed.put("invalid UTF-8", concat(bytes("{\"" + r.required() + "\":\""),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, bytes("\"}")));
            malformed.put("a raw control character", bytes("{\"" + r.required() + "\":\"a\u0001b\"}"));
            malformed.put("5000 levels of nesting", bytes("{\"" + r.required() + "\":\"x\",\"deep\":"
                    + "[".repeat(5000) + "]".repeat(5000) + "}"));
            malformed.put("a NUL character", bytes("{\"" + r.required() + "\":\"a\\u0000b\"}"));
            malformed.put("a value outside its set", bytes(valid.replace("{",
                    "{" + r.enumField() + ",")));
            malformed.forEach((what, body) -> cases.add(new Case(target + " with " + what, method, path, headers,
                    body, 400)));
            cases.add(new Case(target + " as text/plain", method, path, with(headers, "Content-Type", "text/plain"),
                    bytes(valid), 415));
            cases.add(new Case(target + " as XML", method, path,
                    with(headers, "Content-Type", "application/xml"), bytes("<tag><name>x</name></tag>"), 415));
            cases.add(new Case(target + " asking for XML", method, path, with(headers, "Accept", "application/xml"),
                    bytes(valid), 406));
            cases.add(new Case(target + " with a null " + r.required(), method, path, headers,
                    bytes("{\"" + r.required() + "\":null}"), 422));
            for (Map.Entry<String, Integer> field : method.equals("PUT") ? Map.<String, Integer>of().entrySet()
                    : r.strings().entrySet()) {
                String name = field.getKey();
                for (String wrong : List.of("{\"a\":1}", "12")) {
                    cases.add(new Case(target + " with " + name + " = " + wrong, method, path, headers,
                            bytes(set(valid, name, wrong)), 400));
                }
                if (field.getValue() > 0) {
                    cases.add(new Case(target + " with " + name + " over " + field.getValue() + " characters", method,
                            path, headers, bytes(set(valid, name, "\"" + "x".repeat(field.getValue() + 1) + "\"")),
                            422));
                }
            }
        });
        return cases;
    }

    private static List<Case> readCases(Resource r) {
        List<Case> cases = new ArrayList<>();
        String editor = "Bearer " + Api.KEY;
        for (String bad : List.of("-1", "0", "101", "99999999999999999999", "abc", "1.5", "1e3", "%00")) {
            cases.add(get(r.collection() + "?limit=" + bad, 400));
        }
        for (String bad : List.of("-1", "0", "abc", "99999999999")) {
            cases.add(get(r.collection() + "?page=" + bad, 400));
        }
        for (String bad : List.of("garbage", "eyJzIjoxfQ", "%FF%FE")) {
            cases.add(get(r.collection() + "?cursor=" + bad, 400));
        }
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(r.collection() + "?fields=" + query(hostile), 400));
            cases.add(get(r.collection() + "?cursor=" + query(hostile), 400));
            cases.add(get(r.collection() + "/" + segment(hostile), 404));
            cases.add(new Case("DELETE " + r.collection() + "/" + hostile, "DELETE",
                    r.collection() + "/" + segment(hostile), Map.of("Authorization", editor, "If-Match", r.etag()),
                    null, 404));
        }
        cases.add(get(r.item() + "?fields=nonsense", 400));
        for (String suffix : Hostile.PATH_SUFFIXES) {
            cases.add(get(r.collection() + suffix, 404));
        }
        cases.add(new Case("GET " + r.collection() + " asking for XML", "GET", r.collection(),
                Map.of("Accept", "application/xml"), null, 406));
        cases.add(new Case("GET " + r.item() + " asking for XML", "GET", r.item(),
                Map.of("Accept", "application/xml"), null, 406));
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " " + r.collection(), method, r.collection(),
                    Map.of("Authorization", editor, "Content-Type", JSON), bytes(r.validBody()), 405));
        }
        cases.add(new Case("POST " + r.item(), "POST", r.item(), Map.of("Authorization", editor, "Content-Type", JSON),
                bytes(r.validBody()), 405));
        Map<String, String> key = Map.of("Authorization", editor);
        cases.add(new Case("DELETE " + r.item() + " without If-Match", "DELETE", r.item(), key, null, 428));
        cases.add(new Case("DELETE " + r.item() + " with a stale If-Match", "DELETE", r.item(),
                with(key, "If-Match", "\"987654-x\""), null, 412));
        cases.add(new Case("DELETE " + r.item() + " with a garbage If-Match", "DELETE", r.item(),
                with(key, "If-Match", "'; DROP TABLE tag; --"), null, 412));
        cases.add(new Case("DELETE " + r.item() + " with a weak If-Match", "DELETE", r.item(),
                with(key, "If-Match", "W/" + r.etag()), null, 412));
        cases.add(new Case("PATCH " + r.item() + " without If-Match", "PATCH", r.item(),
                with(key, "Content-Type", Api.MERGE_PATCH), bytes("{}"), 428));
        return cases;
    }

    private static List<Case> articleQueryCases() {
        String articles = "/api/v1/articles";
        List<Case> cases = new ArrayList<>();
        List<String> enums = List.of("sort", "include", "formats", "publishedAfter", "publishedBefore", "updatedSince");
        for (String parameter : enums) {
            for (String hostile : Hostile.INJECTIONS) {
                cases.add(get(articles + "?" + parameter + "=" + query(hostile), 400));
            }
        }
        for (String date : List.of("2024-13-45", "2024-02-30", "yesterday", "-999999999-01-01", "20241201",
                "2024-12-01T25:00:00Z")) {
            cases.add(get(articles + "?publishedAfter=" + query(date), 400));
            cases.add(get(articles + "?updatedSince=" + query(date), 400));
        }
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(new Case("GET " + articles + "?status=" + hostile, "GET", articles + "?status=" + query(hostile),
                    Map.of("Authorization", "Bearer " + Api.KEY), null, 400));
        }
        // A tag or person is named by slug or id, at most twenty per filter: anything else cannot name one.
        String twentyOne = String.join(",", Stream.iterate(1, i -> i + 1).limit(21).map(i -> "tag-" + i).toList());
        for (String parameter : List.of("tag", "anyTag", "notTag", "person", "notPerson", "author")) {
            for (String hostile : Hostile.INJECTIONS) {
                cases.add(get(articles + "?" + parameter + "=" + query(hostile), 400));
            }
            cases.add(get(articles + "?" + parameter + "=" + twentyOne, 400));
            cases.add(get(articles + "?" + parameter + "=" + "x".repeat(121), 400));
        }
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(articles + "?q=" + query(hostile), 200));
        }
        cases.add(get(articles + "?q=" + query("x".repeat(201)), 400));
        for (String bad : Hostile.BAD_QUERIES) {
            cases.add(get(articles + "?q=" + query(bad), 400));
        }
        cases.add(get(articles + "?q=" + query(Hostile.TEN_THOUSAND_OPERATORS), 414));
        cases.add(get(articles + "?q=nul%00byte", 400));
        cases.add(get(articles + "?tag=nul%00byte", 400));
        return cases;
    }

    /** Facets of article lists: unknown dimensions, huge lists of them, and limits that are no limit. */
    private static List<Case> facetCases() {
        String articles = "/api/v1/articles";
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(articles + "?facets=" + query(hostile), 400));
            cases.add(get(articles + "?facets=tags&facetLimit=" + query(hostile), 400));
        }
        cases.add(get(articles + "?facets=genre", 400));
        cases.add(get(articles + "?facets=tags,people,genre,sentiment", 400));
        cases.add(get(articles + "?facets=" + "x".repeat(3000), 400));
        cases.add(get(articles + "?facets=" + String.join(",", Collections.nCopies(21, "year")), 400));
        cases.add(get(articles + "?facets=nul%00byte", 400));
        for (String bad : List.of("0", "51", "-1", "1e3", "99999999999999999999")) {
            cases.add(get(articles + "?facets=tags&facetLimit=" + bad, 400));
        }
        // Every dimension at once, each with its own filter lifted, under hostile text: counted, never a 5xx.
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(articles + "?facets=tags,places,organisations,topics,events,people,language,year"
                    + "&facetLimit=50&language=en&publishedAfter=2024-01-01&q=" + query(hostile), 200));
        }
        return cases;
    }

    private static List<Case> searchCases() {
        String search = "/api/v1/search";
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(search + "?q=" + query(hostile), 200));
            cases.add(get(search + "?q=osce&limit=" + query(hostile), 400));
        }
        cases.add(get(search, 400));
        cases.add(get(search + "?q=", 400));
        cases.add(get(search + "?q=" + query("x".repeat(201)), 400));
        for (String bad : Hostile.BAD_QUERIES) {
            cases.add(get(search + "?q=" + query(bad), 400));
        }
        cases.add(get(search + "?q=" + query(Hostile.TEN_THOUSAND_OPERATORS), 414));
        cases.add(get(search + "?q=nul%00byte", 400));
        cases.add(get(search + "?q=ctrl%01%02char", 400));
        // Invalid UTF-8 in a query is decoded to U+FFFD, which matches nothing.
        cases.add(get(search + "?q=%FF%FE", 200));
        for (String bad : List.of("0", "51", "-1", "99999999999999999999")) {
            cases.add(get(search + "?q=osce&limit=" + bad, 400));
        }
        cases.add(new Case("GET " + search + " asking for XML", "GET", search + "?q=osce",
                Map.of("Accept", "application/xml"), null, 406));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " " + search, method, search + "?q=osce",
                    Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON), bytes("{}"), 405));
        }
        return cases;
    }

    /** The change stream's token and limit: only tokens this server issued, only limits it allows. */
    private static List<Case> changeStreamCases() {
        String changes = "/api/v1/changes";
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get(changes + "?since=" + query(hostile), 400));
            cases.add(get(changes + "?limit=" + query(hostile), 400));
        }
        for (String bad : List.of("0", "501", "-1", "1.5", "99999999999999999999")) {
            cases.add(get(changes + "?limit=" + bad, 400));
        }
        // Well-formed Base64 of things that are not tokens: another prefix, a negative, an overflowing position.
        for (String notIssued : List.of("eDE6NDI", "YzE6LTE", "YzE6OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "YzE6", "%FF%FE",
                "nul%00byte", "a".repeat(65))) {
            cases.add(get(changes + "?since=" + notIssued, 400));
        }
        // A position far past the end is a token this server could issue one day: nothing follows it yet.
        cases.add(get(changes + "?since=YzE6OTk5OTk5OTk5OTk5OTk5OTk", 200));
        cases.add(new Case("GET " + changes + " asking for XML", "GET", changes, Map.of("Accept", "application/xml"),
                null, 406));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " " + changes, method, changes,
                    Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON), bytes("{}"), 405));
        }
        return cases;
    }

    /** Requests past the HTTP limits: a URI too long, headers too large, a body of 10 MB. */
    private static List<Case> limitCases(List<Resource> resources) {
        List<Case> cases = new ArrayList<>();
        String longQuery = "?q=" + "a".repeat(5000);
        String bigHeader = "x".repeat(20_000);
        for (String path : List.of("/api/v1/articles", "/api/v1/tags", "/api/v1/people", "/api/v1/search")) {
            cases.add(new Case("GET " + path + " with a 5000-character URI", "GET", path + longQuery, Map.of(),
                    null, 414));
            cases.add(new Case("GET " + path + " with a 20 kB header", "GET", path, Map.of("X-Padding", bigHeader),
                    null, 431));
        }
        Resource article = resources.get(0);
        cases.add(new Case("POST " + article.collection() + " with a 5000-character path", "POST",
                article.collection() + "/" + "a".repeat(5000), Map.of("Authorization", "Bearer " + Api.KEY,
                        "Content-Type", JSON), bytes(article.validBody()), 414));
        String tenMegabytes = "x".repeat(10 * 1024 * 1024);
        cases.add(new Case("POST " + article.collection() + " with a 10 MB body", "POST", article.collection(),
                Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON),
                bytes("{\"title\":\"Big\",\"body\":\"" + tenMegabytes + "\"}"), 413));
        Resource tag = resources.get(1);
        cases.add(new Case("PUT " + tag.item() + " with a name one byte past 1 MiB", "PUT", tag.item(),
                Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON, "If-Match", tag.etag()),
                bytes("{\"name\":\"" + "x".repeat(1024 * 1024 - 10) + "\"}"), 413));
        return cases;
    }

    /**
     * Localised names of tags and people: bad language keys, too many languages, oversized or wrongly typed fields in
     * a write (422 or 400, nothing written), and hostile {@code ?language=} on reads (400).
     */
    private static List<Case> localizationCases(List<Resource> tagAndPerson) {
        List<Case> cases = new ArrayList<>();
        String many = Stream.iterate(0, i -> i + 1).limit(21)
                .map(i -> "\"a" + (char) ('a' + i) + "\":{\"name\":\"x\"}").collect(Collectors.joining(","));
        Map<String, Integer> bad = new LinkedHashMap<>();
        bad.put("{\"not a tag\":{\"name\":\"x\"}}", 422);
        bad.put("{\"en\":{\"name\":\"x\"}}", 422);
        bad.put("{\"en-12\":{\"name\":\"x\"}}", 422);
        bad.put("{\"" + "a".repeat(40) + "\":{\"name\":\"x\"}}", 422);
        bad.put("{\"sq\":{}}", 422);
        bad.put("{\"sq\":{\"name\":\"" + "x".repeat(201) + "\"}}", 422);
        bad.put("{\"sq\":{\"aliases\":[" + "\"a\",".repeat(50) + "\"a\"]}}", 422);
        bad.put("{\"sq\":{\"name\":\"OSBE\"},\"SQ\":{\"name\":\"OSBE\"}}", 422);
        bad.put("{" + many + "}", 422);
        bad.put("{\"sq\":\"OSBE\"}", 400);
        bad.put("[\"sq\"]", 400);
        bad.put("{\"sq\":{\"name\":42}}", 400);
        bad.put("{\"sq\":{\"nickname\":\"x\"}}", 400);
        for (Resource r : tagAndPerson) {
            Map<String, String> editor = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON);
            for (Map.Entry<String, Integer> body : bad.entrySet()) {
                cases.add(new Case("POST " + r.collection() + " with localizations " + body.getKey(), "POST",
                        r.collection(), editor, bytes(set(r.validBody(), "localizations", body.getKey())),
                        body.getValue()));
                cases.add(new Case("PATCH " + r.item() + " with localizations " + body.getKey(), "PATCH", r.item(),
                        Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", Api.MERGE_PATCH,
                                "If-Match", r.etag()),
                        bytes("{\"localizations\":" + body.getKey() + "}"), body.getValue()));
            }
            for (String hostile : Hostile.INJECTIONS) {
                cases.add(get(r.item() + "?language=" + query(hostile), 400));
                cases.add(get(r.collection() + "?language=" + query(hostile), 400));
            }
        }
        return cases;
    }

    /** The admin's webhook endpoints: hostile bodies, ids, parameters and methods, with the admin key. */
    private static List<Case> webhookCases() {
        String hooks = "/api/v1/webhooks";
        String unknown = hooks + "/" + java.util.UUID.randomUUID();
        Map<String, String> admin = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON);
        String valid = "{\"url\":\"https://hooks.newsroom.example/dateline\",\"events\":[\"*\"]}";
        List<Case> cases = new ArrayList<>();
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("truncated JSON", bytes(valid.substring(0, valid.length() / 2)));
        malformed.put("a JSON array", bytes("[" + valid + "]"));
        malformed.put("trailing garbage", bytes(valid + "}"));
        malformed.put("an unknown property", bytes(valid.replace("{", "{\"isAdmin\":true,")));
        malformed.put("invalid UTF-8", concat(bytes("{\"url\":\""), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"}")));
        malformed.put("a raw control character", bytes("{\"url\":\"a\u0001b\",\"events\":[\"*\"]}"));
        malformed.put("a NUL character", bytes(set(valid, "secret", "\"whsec_a\\u0000b\"")));
        malformed.put("5000 levels of nesting", bytes("{\"events\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        malformed.put("events as a string", bytes(set(valid, "events", "\"*\"")));
        malformed.put("url as a number", bytes(set(valid, "url", "12")));
        malformed.put("url as an object", bytes(set(valid, "url", "{\"a\":1}")));
        malformed.put("a number as an event", bytes(set(valid, "events", "[7]")));
        malformed.forEach((what, body) -> cases.add(new Case("POST " + hooks + " with " + what, "POST", hooks, admin,
                body, 400)));
        cases.add(new Case("POST " + hooks + " without a body", "POST", hooks, admin, null, 400));
        cases.add(new Case("POST " + hooks + " as text/plain", "POST", hooks, with(admin, "Content-Type", "text/plain"),
                bytes(valid), 415));
        cases.add(new Case("POST " + hooks + " asking for XML", "POST", hooks, with(admin, "Accept", "application/xml"),
                bytes(valid), 406));
        cases.add(new Case("POST " + hooks + " without a key", "POST", hooks, Map.of("Content-Type", JSON),
                bytes(valid), 401));
        for (String hostile : Hostile.INJECTIONS) {
            for (String field : List.of("url", "secret")) {
                cases.add(new Case("POST " + hooks + " with " + field + " = " + hostile, "POST", hooks, admin,
                        bytes(set(valid, field, json(hostile))), 422));
            }
            cases.add(new Case("POST " + hooks + " with the event " + hostile, "POST", hooks, admin,
                    bytes(set(valid, "events", "[" + json(hostile) + "]")), 422));
            Map<String, String> key = Map.of("Authorization", "Bearer " + Api.KEY);
            cases.add(new Case("GET " + hooks + "/" + hostile, "GET", hooks + "/" + segment(hostile), key, null, 404));
            cases.add(new Case("DELETE " + hooks + "/" + hostile, "DELETE", hooks + "/" + segment(hostile), key, null,
                    404));
            cases.add(new Case("GET " + hooks + "/" + hostile + "/deliveries", "GET",
                    hooks + "/" + segment(hostile) + "/deliveries", key, null, 404));
            cases.add(new Case("GET deliveries with cursor " + hostile, "GET",
                    unknown + "/deliveries?cursor=" + query(hostile), key, null, 404));
            cases.add(new Case("GET deliveries with limit " + hostile, "GET",
                    unknown + "/deliveries?limit=" + query(hostile), key, null, 400));
        }
        Map<String, String> key = Map.of("Authorization", "Bearer " + Api.KEY);
        cases.add(new Case("POST " + hooks + " with a 3000-character url", "POST", hooks, admin,
                bytes(set(valid, "url", json("https://hooks.example/" + "a".repeat(3000)))), 422));
        cases.add(new Case("POST " + hooks + " with 17 events", "POST", hooks, admin,
                bytes(set(valid, "events", "[" + String.join(",", java.util.Collections.nCopies(17, "\"*\"")) + "]")),
                422));
        cases.add(new Case("GET deliveries with a NUL in the cursor", "GET", unknown + "/deliveries?cursor=a%00b", key,
                null, 400));
        cases.add(new Case("GET deliveries with a 300-character cursor", "GET",
                unknown + "/deliveries?cursor=" + "a".repeat(300), key, null, 400));
        for (String bad : List.of("0", "101", "-1", "abc", "99999999999999999999")) {
            cases.add(new Case("GET deliveries with limit " + bad, "GET", unknown + "/deliveries?limit=" + bad, key,
                    null, 400));
        }
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " " + hooks, method, hooks, admin, bytes(valid), 405));
        }
        cases.add(new Case("POST " + unknown, "POST", unknown, admin, bytes(valid), 405));
        cases.add(new Case("GET " + hooks + " without a key", "GET", hooks, Map.of(), null, 401));
        cases.add(new Case("GET " + hooks + " with a wrong key", "GET", hooks, Map.of("Authorization", "Bearer x"),
                null, 401));
        return cases;
    }

    /** An article's history: hostile numbers, parameters and preconditions, and the 404 it is to anyone but editors. */
    private static List<Case> revisionCases(Resource article) {
        String revisions = article.item() + "/revisions";
        String restore = revisions + "/0/restore";
        Map<String, String> key = Map.of("Authorization", "Bearer " + Api.KEY);
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(new Case("GET revisions/" + hostile, "GET", revisions + "/" + segment(hostile), key, null, 404));
            cases.add(new Case("GET revisions?cursor=" + hostile, "GET", revisions + "?cursor=" + query(hostile), key,
                    null, 400));
            cases.add(new Case("GET a diff against " + hostile, "GET",
                    revisions + "/0/diff?against=" + query(hostile), key, null, 400));
            cases.add(new Case("POST restore of revision " + hostile, "POST",
                    revisions + "/" + segment(hostile) + "/restore", with(key, "If-Match", article.etag()), null, 404));
            cases.add(new Case("POST restore with If-Match " + hostile, "POST", restore,
                    with(key, "If-Match", hostile.replace("<", "").replace(">", "")), null, 412));
        }
        for (String bad : List.of("-1", "0", "101", "abc")) {
            cases.add(new Case("GET revisions?limit=" + bad, "GET", revisions + "?limit=" + bad, key, null, 400));
        }
        for (String suffix : Hostile.PATH_SUFFIXES) {
            cases.add(new Case("GET revisions" + suffix, "GET", revisions + suffix, key, null, 404));
        }
        for (String bad : List.of("99999999999999999999", "1.5", "1e3", "%00", "-0")) {
            cases.add(new Case("GET revision " + bad, "GET", revisions + "/" + bad, key, null, 404));
            cases.add(new Case("GET a diff against " + bad, "GET", revisions + "/0/diff?against=" + bad, key, null,
                    400));
        }
        cases.add(new Case("GET a diff against itself", "GET", revisions + "/0/diff?against=0", key, null, 422));
        cases.add(new Case("GET a diff against a revision that never was", "GET", revisions + "/0/diff?against=9", key,
                null, 404));
        cases.add(get(revisions, 404));
        cases.add(get(revisions + "/0/diff", 404));
        cases.add(new Case("GET revisions with a wrong key", "GET", revisions, Map.of("Authorization", "Bearer x"),
                null, 401));
        cases.add(new Case("POST restore without If-Match", "POST", restore, key, null, 428));
        cases.add(new Case("POST restore with a stale If-Match", "POST", restore, with(key, "If-Match", "\"9-x\""),
                null, 412));
        cases.add(new Case("POST restore without a key", "POST", restore, Map.of("If-Match", article.etag()), null,
                401));
        cases.add(new Case("POST restore asking for XML", "POST", restore,
                with(with(key, "If-Match", article.etag()), "Accept", "application/xml"), null, 406));
        // A method no revision route takes: the 404 of a path nothing serves, as under any other article route.
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " revisions", method, revisions, with(key, "If-Match", article.etag()), null,
                    404));
        }
        cases.add(new Case("GET restore", "GET", restore, key, null, 404));
        return cases;
    }

    /**
     * Preview links: tokens of every wrong shape and hostile text are the 404 of a token that opens nothing, hostile
     * articles and link ids the 404 of an unknown one, and a bad body mints nothing.
     */
    private static List<Case> previewCases(Resource article) {
        String previews = article.item() + "/previews";
        Map<String, String> editor = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON);
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(get("/api/v1/previews/" + segment(hostile), 404));
            cases.add(new Case("GET previews of article " + hostile, "GET",
                    "/api/v1/articles/" + segment(hostile) + "/previews", editor, null, 404));
            cases.add(new Case("POST a preview of article " + hostile, "POST",
                    "/api/v1/articles/" + segment(hostile) + "/previews", editor, bytes("{}"), 404));
            cases.add(new Case("DELETE preview " + hostile, "DELETE", previews + "/" + segment(hostile), editor,
                    null, 404));
        }
        for (String suffix : Hostile.PATH_SUFFIXES) {
            cases.add(get("/api/v1/previews" + suffix, 404));
        }
        for (String wrong : List.of("a".repeat(42), "a".repeat(44), "a".repeat(42) + "=", "a".repeat(42) + "+",
                "a".repeat(42) + "%2F", "a".repeat(5000).substring(0, 3000), "a".repeat(42) + "%C3%A9")) {
            cases.add(get("/api/v1/previews/" + wrong, 404));
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("a TTL of 59 seconds", "{\"ttlSeconds\":59}");
        bodies.put("a TTL of 7 days and a second", "{\"ttlSeconds\":604801}");
        bodies.put("a negative TTL", "{\"ttlSeconds\":-1}");
        bodies.put("a negative revision", "{\"revision\":-1}");
        bodies.put("a revision the article does not have", "{\"revision\":999}");
        bodies.forEach((what, body) -> cases.add(new Case("POST " + previews + " with " + what, "POST", previews,
                editor, bytes(body), 422)));
        Map<String, String> malformed = new LinkedHashMap<>();
        malformed.put("a TTL as text", "{\"ttlSeconds\":\"a day\"}");
        malformed.put("a TTL past any integer", "{\"ttlSeconds\":99999999999999999999}");
        malformed.put("a fractional TTL", "{\"ttlSeconds\":60.5}");
        malformed.put("a revision as an object", "{\"revision\":{\"a\":1}}");
        malformed.put("an unknown property", "{\"token\":\"mine\"}");
        malformed.put("truncated JSON", "{\"ttlSeconds\":");
        malformed.put("a JSON array", "[]");
        malformed.forEach((what, body) -> cases.add(new Case("POST " + previews + " with " + what, "POST", previews,
                editor, bytes(body), 400)));
        cases.add(new Case("POST " + previews + " as text/plain", "POST", previews,
                with(editor, "Content-Type", "text/plain"), bytes("{}"), 415));
        cases.add(new Case("POST " + previews + " without a key", "POST", previews, Map.of("Content-Type", JSON),
                bytes("{}"), 401));
        cases.add(new Case("GET " + previews + " without a key", "GET", previews, Map.of(), null, 404));
        return cases;
    }

    /**
     * Public notes: hostile bodies, kinds, times, refs and headers on a published article (made here, before the rows
     * are counted), and hostile text on a draft, which takes no note at all; and the corrections feeds' limits.
     */
    private static List<Case> correctionCases(Resource draft) {
        var published = Api.createArticle(Map.of("title", "Hostile probe noted " + unique(), "status", "published",
                "publishAt", "2024-12-05T08:00:00Z"));
        String notes = "/api/v1/articles/" + published.path("id") + "/corrections";
        Map<String, String> editor = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON,
                "If-Match", published.header("ETag"));
        String valid = "{\"kind\":\"correction\",\"text\":\"A name was misspelt.\"}";
        List<Case> cases = new ArrayList<>();
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("truncated JSON", bytes(valid.substring(0, valid.length() / 2)));
        malformed.put("a JSON array", bytes("[" + valid + "]"));
        malformed.put("an unknown property", bytes(valid.replace("{", "{\"approved\":true,")));
        malformed.put("invalid UTF-8", concat(bytes("{\"kind\":\"correction\",\"text\":\""),
                new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"}")));
        malformed.put("5000 levels of nesting", bytes("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        malformed.put("text as a number", bytes(set(valid, "text", "12")));
        malformed.put("at as an object", bytes(set(valid, "at", "{\"a\":1}")));
        malformed.forEach((what, body) -> cases.add(new Case("POST " + notes + " with " + what, "POST", notes, editor,
                body, 400)));
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(new Case("POST a note with the kind " + hostile, "POST", notes, editor,
                    bytes(set(valid, "kind", json(hostile))), 400));
            cases.add(new Case("POST a note at " + hostile, "POST", notes, editor,
                    bytes(set(valid, "at", json(hostile))), 400));
            cases.add(new Case("POST a note on a draft with the text " + hostile, "POST", draft.item() + "/corrections",
                    with(editor, "If-Match", draft.etag()), bytes(set(valid, "text", json(hostile))), 422));
            cases.add(new Case("POST a note on the article " + hostile, "POST",
                    "/api/v1/articles/" + segment(hostile) + "/corrections", editor, bytes(valid), 404));
        }
        cases.add(new Case("POST a note of 2001 characters", "POST", notes, editor,
                bytes(set(valid, "text", json("<script>".repeat(250) + "x"))), 422));
        cases.add(new Case("POST a blank note", "POST", notes, editor, bytes(set(valid, "text", json(" \t\n"))), 422));
        cases.add(new Case("POST a note in the future", "POST", notes, editor,
                bytes(set(valid, "at", json("2999-01-01T00:00:00Z"))), 422));
        cases.add(new Case("POST a note before its article was out", "POST", notes, editor,
                bytes(set(valid, "at", json("2024-12-05T07:59:59Z"))), 422));
        cases.add(new Case("POST a note without If-Match", "POST", notes, Map.of("Authorization", "Bearer " + Api.KEY,
                "Content-Type", JSON), bytes(valid), 428));
        cases.add(new Case("POST a note with a stale If-Match", "POST", notes, with(editor, "If-Match", "\"9-stale\""),
                bytes(valid), 412));
        cases.add(new Case("POST a note as text/plain", "POST", notes, with(editor, "Content-Type", "text/plain"),
                bytes(valid), 415));
        cases.add(new Case("POST a note asking for XML", "POST", notes, with(editor, "Accept", "application/xml"),
                bytes(valid), 406));
        cases.add(new Case("POST a note without a key", "POST", notes, Map.of("Content-Type", JSON,
                "If-Match", published.header("ETag")), bytes(valid), 401));
        // Notes are read in their article: the path has no resource of its own to get, replace or delete.
        for (String method : List.of("GET", "PUT", "PATCH", "DELETE")) {
            cases.add(new Case(method + " " + notes, method, notes, editor, method.equals("GET") ? null : bytes(valid),
                    404));
        }
        for (String extension : List.of("rss", "atom", "json")) {
            for (String bad : List.of("0", "101", "-1", "abc", "99999999999999999999", "1%00")) {
                cases.add(new Case("GET the corrections feed ." + extension + " with limit " + bad, "GET",
                        "/feeds/corrections." + extension + "?limit=" + bad, Map.of(), null, 400));
            }
        }
        return cases;
    }

    /**
     * Translation groups: a {@code translationOf} that names nothing, the article itself, or a group whose language is
     * taken is a 422 on create, PUT and PATCH with nothing written; a feed's {@code language=} that is no BCP 47 tag is
     * a 400.
     */
    private static List<Case> translationCases(Resource draft) {
        var original = Api.createArticle(Map.of("title", "Hostile probe original " + unique(), "language", "en"));
        String originalId = original.path("id");
        Map<String, String> editor = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON);
        Map<String, String> patcher = Map.of("Authorization", "Bearer " + Api.KEY,
                "Content-Type", "application/merge-patch+json", "If-Match", draft.etag());
        List<Case> cases = new ArrayList<>();
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(new Case("POST an article translating " + hostile, "POST", "/api/v1/articles", editor,
                    bytes(set("{\"title\":\"Hostile translation\"}", "translationOf", json(hostile))),
                    422));
            cases.add(new Case("PATCH an article to translate " + hostile, "PATCH", draft.item(), patcher,
                    bytes(set("{}", "translationOf", json(hostile))), 422));
            for (String extension : List.of("rss", "atom", "json")) {
                cases.add(new Case("GET the articles feed ." + extension + " in the language " + hostile, "GET",
                        "/feeds/articles." + extension + "?language=" + query(hostile), Map.of(), null, 400));
            }
        }
        cases.add(new Case("PATCH an article to translate itself", "PATCH", draft.item(), patcher,
                bytes(set("{}", "translationOf", json(draft.item().replaceAll("^.*/", "")))), 422));
        cases.add(new Case("POST a second English version of one story", "POST", "/api/v1/articles", editor,
                bytes("{\"title\":\"Hostile second English\",\"language\":\"en\",\"translationOf\":\""
                        + originalId + "\"}"), 422));
        cases.add(new Case("POST an article translating a 121-character slug", "POST", "/api/v1/articles", editor,
                bytes(set("{\"title\":\"Hostile translation\"}", "translationOf", json("a".repeat(121)))), 422));
        cases.add(new Case("POST an article translating a number", "POST", "/api/v1/articles", editor,
                bytes(set("{\"title\":\"Hostile translation\"}", "translationOf", "[1]")), 400));
        return cases;
    }

    private static String json(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Suggestions: no key, a reader's key, malformed and mistyped bodies, a body over an article body's limit, a huge
     * title, a request over 1 MiB; hostile text is just text to look for names in.
     */
    private static List<Case> suggestionCases() {
        String path = "/api/v1/suggestions";
        Map<String, String> editor = Map.of("Authorization", "Bearer " + Api.KEY, "Content-Type", JSON);
        String reader = Api.editor().body(Map.of("name", "Hostile reader " + unique(), "scopes",
                List.of("content:read"))).post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        String valid = "{\"title\":\"Lavrov in Malta\",\"body\":\"The OSCE met.\"}";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("POST " + path + " without a key", "POST", path, Map.of("Content-Type", JSON), bytes(valid),
                401));
        cases.add(new Case("POST " + path + " with a reader's key", "POST", path,
                Map.of("Authorization", "Bearer " + reader, "Content-Type", JSON), bytes(valid), 403));
        cases.add(new Case("POST " + path + " as text/plain", "POST", path, with(editor, "Content-Type", "text/plain"),
                bytes(valid), 415));
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("truncated JSON", bytes(valid.substring(0, valid.length() / 2)));
        malformed.put("a JSON array", bytes("[" + valid + "]"));
        malformed.put("an unknown property", bytes(valid.replace("{", "{\"tags\":[],")));
        malformed.put("invalid UTF-8", concat(bytes("{\"body\":\""), new byte[] {(byte) 0xC3, (byte) 0x28},
                bytes("\"}")));
        malformed.put("5000 levels of nesting", bytes("{\"body\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        malformed.put("the body as a number", bytes(set(valid, "body", "12")));
        malformed.put("the title as an object", bytes(set(valid, "title", "{\"a\":1}")));
        malformed.put("the language as a list", bytes(set(valid, "language", "[\"en\"]")));
        malformed.forEach((what, body) -> cases.add(new Case("POST " + path + " with " + what, "POST", path, editor,
                body, 400)));
        cases.add(new Case("POST " + path + " without a body member", "POST", path, editor,
                bytes("{\"title\":\"Lavrov\"}"), 422));
        cases.add(new Case("POST " + path + " with a body of 200,001 characters", "POST", path, editor,
                bytes(set(valid, "body", json("OSCE ".repeat(40_000) + "x"))), 422));
        cases.add(new Case("POST " + path + " with a title of 300,000 characters", "POST", path, editor,
                bytes(set(valid, "title", json("Lavrov ".repeat(50_000)))), 422));
        cases.add(new Case("POST " + path + " over 1 MiB", "POST", path, editor,
                bytes(set(valid, "body", json("x".repeat(1024 * 1024)))), 413));
        for (String hostile : Hostile.INJECTIONS) {
            cases.add(new Case("POST " + path + " with the body " + hostile, "POST", path, editor,
                    bytes(set(valid, "body", json(hostile))), 200));
            cases.add(new Case("POST " + path + " with the title " + hostile, "POST", path, editor,
                    bytes(set(valid, "title", json(hostile))), 200));
            cases.add(new Case("POST " + path + " in the language " + hostile, "POST", path, editor,
                    bytes(set(valid, "language", json(hostile))), 422));
        }
        return cases;
    }

    // ---- fixtures and helpers ----

    private static List<Resource> fixtures() {
        String suffix = unique();
        var tag = Api.createTag("Hostile probe tag " + suffix);
        var person = Api.createPerson("Hostile probe person " + suffix);
        var article = Api.createArticle(Map.of("title", "Hostile probe article " + suffix,
                "tags", List.of(tag.path("slug").toString()),
                "people", List.of(Map.of("person", person.path("slug").toString(), "role", "subject"))));
        Map<String, Integer> articleStrings = new LinkedHashMap<>();
        articleStrings.put("slug", 120);
        articleStrings.put("title", 300);
        articleStrings.put("subtitle", 500);
        articleStrings.put("excerpt", 1000);
        articleStrings.put("body", 200_000);
        articleStrings.put("language", 35);
        articleStrings.put("datelinePlace", 200);
        articleStrings.put("canonicalUrl", 0);
        Map<String, Integer> tagStrings = new LinkedHashMap<>();
        tagStrings.put("slug", 120);
        tagStrings.put("name", 200);
        tagStrings.put("description", 2000);
        Map<String, Integer> personStrings = new LinkedHashMap<>();
        personStrings.put("slug", 120);
        personStrings.put("name", 200);
        personStrings.put("title", 200);
        personStrings.put("affiliation", 200);
        personStrings.put("country", 0);
        personStrings.put("bio", 5000);
        personStrings.put("imageUrl", 0);
        personStrings.put("wikidataId", 0);
        personStrings.put("website", 0);
        return List.of(
                new Resource("/api/v1/articles", "/api/v1/articles/" + article.path("slug"), article.header("ETag"),
                        "{\"title\":\"Hostile " + suffix + "\"}", articleStrings, "title", "\"status\":\"leaked\""),
                new Resource("/api/v1/tags", "/api/v1/tags/" + tag.path("slug"), tag.header("ETag"),
                        "{\"name\":\"Hostile " + suffix + "\"}", tagStrings, "name", "\"kind\":\"weapon\""),
                new Resource("/api/v1/people", "/api/v1/people/" + person.path("slug"), person.header("ETag"),
                        "{\"name\":\"Hostile " + suffix + "\"}", personStrings, "name", "\"country\":7"));
    }

    private Map<String, Long> rowCounts() throws SQLException {
        return Hostile.rowCounts(dataSource);
    }

    private static Map<String, String> etags(List<Resource> resources) {
        Map<String, String> etags = new LinkedHashMap<>();
        resources.forEach(r -> etags.put(r.item(), Api.etagOf(r.item())));
        return etags;
    }

    private static Case get(String path, int status) {
        return new Case("GET " + path.substring(0, Math.min(path.length(), 100)), "GET", path, Map.of(), null, status);
    }

    /** The valid body with one field set to the given JSON. */
    private static String set(String validBody, String field, String json) {
        try {
            ObjectNode body = (ObjectNode) MAPPER.readTree(validBody);
            body.set(field, MAPPER.readTree(json));
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String segment(String value) {
        return query(value).replace("+", "%20");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
