package news.dateline;

import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed request headers on every GET operation of {@code openapi.yaml}, as GET and as HEAD: no answer is a 5xx,
 * every 4xx is an {@code application/problem+json} (with a body whose {@code status} is the status, but for HEAD),
 * and no row of any content table appears, disappears or changes version.
 *
 * <p>The headers are {@code src/test/resources/hostile/headers.tsv}: add a line there to send a new one everywhere.
 * The operations are read from the contract, so a new GET is covered without an edit here, once this class knows a
 * value for its path parameters ({@link #refs}). Each operation is sent to several targets: its path with refs that
 * exist (the fixtures made here, as anonymous callers of a public operation meet the response cache), the same past
 * the cache (a query parameter no other request has, for GETs under {@code /api/v1/}), refs that do not exist, one of
 * {@link Hostile#PATH_SUFFIXES} after the path, and one of {@link Hostile#INJECTIONS} in its first query parameter.
 * Operations that need a key (the contract gives them no anonymous security) are sent with the admin key, unless
 * the header under test is {@code Authorization}.
 *
 * <p>Sampling, to stay near a minute (the whole cross product, about 14,000 requests, took 143 s here): the
 * representative operations of {@link #EVERY_LINE} (an article, a list of articles, a feed) get every header
 * line on their existing refs as GET and HEAD and past the cache as GET, and a rotating quarter of the lines on their
 * other targets. Every other operation gets each header name at least once (one of its lines, rotating by operation)
 * as a HEAD to its existing refs and as a GET past the cache (or to the existing refs where no cache is in the way),
 * and a rotating twelfth of the lines on each target and method ({@link #STRIDE}). The plan is the same on every run.
 *
 * <p>The requests go over a plain socket ({@link RawHttp}): HTTP clients refuse to send control characters, a name
 * with a space, or a header twice. The run time and every offending request, grouped by status, header and
 * operation, are printed at the end and written to {@code target/hostile-headers.txt}.
 */
@QuarkusTest
class HostileHeadersTest {

    private static final String CORPUS = "/hostile/headers.tsv";
    private static final String CODEC = "codec";
    private static final Path REPORT = Path.of("target", "hostile-headers.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(\\d+)\\|([^|]*)\\|(.*?)}}");
    private static final String API = "/api/v1/";
    private static final String ADMIN = "Bearer " + Api.KEY;

    /** Operations that get every header line on their existing refs (and past the cache). */
    private static final Set<String> EVERY_LINE = Set.of("getArticle", "listArticles", "getTagFeedRss");
    /** One line in this many goes to each other target, rotating by operation, target and method. */
    private static final int STRIDE_REPRESENTATIVE = 4;
    private static final int STRIDE = 12;
    /** Past this, the requests still to go are not sent and the run fails: a hang must not hold the build. */
    private static final long BUDGET_MS = 300_000;

    @Inject
    AgroalDataSource dataSource;

    /**
     * One line of the corpus: the headers it sends; the line as written, to name it in a report; its header names as
     * written, each once.
     */
    record HeaderCase(String label, List<RawHttp.Header> headers, String names, boolean codec) {

        boolean sends(String name) {
            return headers.stream().anyMatch(h -> new String(h.name(), StandardCharsets.ISO_8859_1)
                    .equalsIgnoreCase(name));
        }
    }

    /** A GET operation of the contract. */
    record Op(String id, String template, boolean keyed, List<Parameter> query) {
    }

    /** One request of the plan: the method, the kind of target and the corpus line. */
    record Planned(String method, String kind, int line) {
    }

    /** Where one request goes: which kind of target it is, and the path and query sent. */
    record Target(String kind, String uri) {
    }

    /** A request, its answer and the rule the answer breaks ({@code why}; null when it breaks none). */
    record Offence(String operation, String method, Target target, HeaderCase header, int status, String contentType,
            String why) {

        @Override
        public String toString() {
            return method + " " + abbreviate(target.uri(), 100) + " [" + target.kind() + "] with " + header.label()
                    + " -> " + (status == 0 ? "nothing" : status) + " " + (contentType == null ? "(no content type)"
                    : contentType) + ": " + why;
        }
    }

    /** The data the existing refs name, made by this test. */
    record Fixtures(String articleSlug, String tagSlug, String personSlug, String keyId, String webhookId,
            Map<String, String> etagPaths) {
    }

    @TestFactory
    Stream<DynamicTest> malformedHeadersAreProblemsAndChangeNothing() throws SQLException {
        int port = RestAssured.port;
        List<HeaderCase> corpus = corpus();
        assertTrue(corpus.size() >= 40, "corpus lines: " + corpus.size());
        List<Op> operations = getOperations();
        Fixtures fixtures = fixtures();

        Map<String, Long> rowsBefore = Hostile.rowCounts(dataSource);
        Map<String, String> etagsBefore = etags(fixtures);
        List<Offence> offences = new ArrayList<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger probe = new AtomicInteger();
        Map<String, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        long deadline = System.currentTimeMillis() + BUDGET_MS;

        List<DynamicTest> tests = new ArrayList<>();
        for (int o = 0; o < operations.size(); o++) {
            Op op = operations.get(o);
            int opIndex = o;
            tests.add(dynamicTest("GET and HEAD " + op.template() + " (" + op.id() + ")", () -> {
                List<Offence> mine = new ArrayList<>();
                for (Planned request : plan(op, opIndex, corpus)) {
                    if (System.currentTimeMillis() > deadline) {
                        skipped.incrementAndGet();
                        continue;
                    }
                    Target target = target(op, request.kind(), request.line(), fixtures, probe);
                    Offence answer = send(port, op, request.method(), target, corpus.get(request.line()));
                    sent.incrementAndGet();
                    if (answer.why() != null) {
                        mine.add(answer);
                    }
                    statuses.merge(request.method() + " " + request.kind() + " " + answer.status(), 1, Integer::sum);
                }
                offences.addAll(mine);
                assertTrue(mine.isEmpty(), mine.size() + " offending requests to " + op.template() + ":\n"
                        + mine.stream().map(Offence::toString).collect(Collectors.joining("\n")));
            }));
        }
        tests.add(dynamicTest("no row changed, and the report", () -> {
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            String report = report(offences, statuses, sent.get(), skipped.get(), seconds, operations.size(),
                    corpus);
            System.out.println(report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
            try {
                assertEquals(rowsBefore, Hostile.rowCounts(dataSource));
                assertEquals(etagsBefore, etags(fixtures));
                assertEquals(0, skipped.get(), "requests not sent within " + BUDGET_MS / 1000 + " s");
            } finally {
                cleanUp(fixtures);
            }
        }));
        return tests.stream();
    }

    // ---- one request ----

    /** Sends one request; what came back, with the rule it breaks ({@code why}), or none. */
    private static Offence send(int port, Op op, String method, Target target, HeaderCase header) {
        List<RawHttp.Header> headers = new ArrayList<>();
        if (op.keyed() && !header.sends("Authorization")) {
            headers.add(new RawHttp.Header(ascii("Authorization"), ascii(ADMIN)));
        }
        headers.addAll(header.headers());
        RawHttp.Response response = RawHttp.send(port, method, target.uri(), headers, bodyFor(header));
        int status = response.status();
        String type = response.header("Content-Type");
        String why = null;
        if (status == 0 || response.trouble() != null) {
            why = response.trouble();
        } else if (status >= 500) {
            why = "a server error";
        } else if (header.codec() && (status == 400 || status == 431) && response.body().length == 0) {
            why = null; // the decoder's own refusal, which no route can answer: a bare status, then the connection ends
        } else if (status >= 400) {
            why = problemFault(method, status, type, response);
        } else if (!(status >= 200 && status < 300) && status != 304) {
            why = "neither a success, a 304 nor a problem";
        }
        return new Offence(op.id(), method, target, header, status, type, why);
    }

    /** What is wrong with a 4xx as a problem, or null. */
    private static String problemFault(String method, int status, String type, RawHttp.Response response) {
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(Api.PROBLEM)) {
            return "not a problem" + (response.body().length == 0 ? " (empty body)"
                    : ": " + abbreviate(response.bodyText(), 80));
        }
        if (method.equals("HEAD")) {
            return null;
        }
        try {
            JsonNode problem = MAPPER.readTree(response.body());
            return problem != null && problem.path("status").asInt() == status ? null
                    : "the problem's status is not " + status;
        } catch (IOException e) {
            return "a problem body that is not JSON";
        }
    }

    /** A well-formed Content-Length is honoured with that many bytes, so that the server has no reason to wait. */
    private static byte[] bodyFor(HeaderCase header) {
        for (RawHttp.Header h : header.headers()) {
            if (new String(h.name(), StandardCharsets.ISO_8859_1).equalsIgnoreCase("Content-Length")) {
                String value = new String(h.value(), StandardCharsets.ISO_8859_1);
                if (value.matches("\\d{1,4}")) {
                    return "x".repeat(Integer.parseInt(value)).getBytes(StandardCharsets.US_ASCII);
                }
            }
        }
        return new byte[0];
    }

    // ---- targets ----

    /**
     * The requests an operation gets: see the class comment. The same on every run; each header name at least once
     * as a HEAD to the existing refs and as a GET past the cache (or to the existing refs, where there is no cache).
     */
    private static List<Planned> plan(Op op, int opIndex, List<HeaderCase> corpus) {
        List<String> kinds = targetKinds(op);
        boolean representative = EVERY_LINE.contains(op.id());
        int stride = representative ? STRIDE_REPRESENTATIVE : STRIDE;
        String getKind = kinds.contains("past the cache") ? "past the cache" : "existing";
        Set<Planned> planned = new java.util.LinkedHashSet<>();
        Map<String, List<Integer>> linesByName = new LinkedHashMap<>();
        for (int c = 0; c < corpus.size(); c++) {
            linesByName.computeIfAbsent(corpus.get(c).names(), k -> new ArrayList<>()).add(c);
        }
        linesByName.values().forEach(lines -> {
            int line = lines.get(opIndex % lines.size());
            planned.add(new Planned("HEAD", "existing", line));
            planned.add(new Planned("GET", getKind, line));
        });
        for (int t = 0; t < kinds.size(); t++) {
            String kind = kinds.get(t);
            for (int m = 0; m < 2; m++) {
                String method = m == 0 ? "GET" : "HEAD";
                if (kind.equals("past the cache") && method.equals("HEAD")) {
                    continue; // a HEAD never meets the cache
                }
                boolean everyLine = representative && (kind.equals("existing") || kind.equals("past the cache"));
                for (int c = 0; c < corpus.size(); c++) {
                    if (everyLine || (c + opIndex * 7 + t * 3 + m) % stride == 0) {
                        planned.add(new Planned(method, kind, c));
                    }
                }
            }
        }
        return List.copyOf(planned);
    }

    private static List<String> targetKinds(Op op) {
        List<String> kinds = new ArrayList<>(List.of("existing"));
        if (op.template().startsWith(API) && !op.keyed()) {
            kinds.add("past the cache");
        }
        if (PLACEHOLDER.matcher(op.template()).find()) {
            kinds.add("missing");
        }
        kinds.add("suffix");
        if (!op.query().isEmpty()) {
            kinds.add("query");
        }
        return kinds;
    }

    private static Target target(Op op, String kind, int rotation, Fixtures fixtures, AtomicInteger probe) {
        String path = fill(op.template(), fixtures, kind.equals("missing"));
        List<String> query = new ArrayList<>();
        for (Parameter parameter : op.query()) {
            if (Boolean.TRUE.equals(parameter.getRequired())) {
                query.add(parameter.getName() + "=" + encode(exampleOf(parameter)));
            }
        }
        switch (kind) {
            case "past the cache" -> query.add("hostile-probe=" + probe.incrementAndGet());
            case "suffix" -> path += Hostile.PATH_SUFFIXES.get(rotation % Hostile.PATH_SUFFIXES.size());
            case "query" -> {
                String name = op.query().get(0).getName();
                query.removeIf(q -> q.startsWith(name + "="));
                query.add(name + "=" + encode(Hostile.INJECTIONS.get(rotation % Hostile.INJECTIONS.size())));
            }
            default -> {
            }
        }
        return new Target(kind, query.isEmpty() ? path : path + "?" + String.join("&", query));
    }

    /** The template with its placeholders replaced by refs that exist, or by refs that do not. */
    private static String fill(String template, Fixtures fixtures, boolean missing) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            String before = template.substring(0, placeholder.start());
            String[] segments = before.split("/");
            // {page} by its name; a ref or an id by the collection it is in: the segment before its own.
            String key = placeholder.group(1).equals("page") ? "page"
                    : before.endsWith("/") ? segments[segments.length - 1] : segments[segments.length - 2];
            String[] values = refs(fixtures).get(key);
            assertTrue(values != null, "teach HostileHeadersTest a value for {" + placeholder.group(1) + "} in "
                    + template + " (after '" + key + "')");
            placeholder.appendReplacement(path, Matcher.quoteReplacement(values[missing ? 1 : 0]));
        }
        placeholder.appendTail(path);
        return path.toString();
    }

    /** For each kind of path parameter: a value that names this test's data, and one that names nothing. */
    private static Map<String, String[]> refs(Fixtures fixtures) {
        return Map.of(
                "page", new String[] {"1", "9999"},
                "articles", new String[] {fixtures.articleSlug(), "no-such-article-zq"},
                "tags", new String[] {fixtures.tagSlug(), "no-such-tag-zq"},
                "people", new String[] {fixtures.personSlug(), "no-such-person-zq"},
                "keys", new String[] {fixtures.keyId(), "00000000-0000-4000-8000-000000000000"},
                "webhooks", new String[] {fixtures.webhookId(), "00000000-0000-4000-8000-000000000000"},
                "revisions", new String[] {"0", "999"},
                // A preview link's id or token: a malformed header is refused before either is looked up.
                "previews", new String[] {"00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000000"});
    }

    private static String exampleOf(Parameter parameter) {
        if (parameter.getExample() != null) {
            return parameter.getExample().toString();
        }
        if (parameter.getExamples() != null && !parameter.getExamples().isEmpty()) {
            return parameter.getExamples().values().iterator().next().getValue().toString();
        }
        if (parameter.getSchema() != null && parameter.getSchema().getExample() != null) {
            return parameter.getSchema().getExample().toString();
        }
        return "dateline";
    }

    // ---- the contract ----

    /** Every GET of the contract, with its query parameters ({@code $ref}s followed) and whether it needs a key. */
    private static List<Op> getOperations() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(Api.openapiYaml(), null, options).getOpenAPI();
        List<Op> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            Operation get = entry.getValue().getGet();
            if (get == null) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            Stream.of(entry.getValue().getParameters(), get.getParameters())
                    .filter(p -> p != null).flatMap(List::stream).map(p -> resolve(api, p))
                    .filter(p -> "query".equals(p.getIn())).forEach(parameters::add);
            List<SecurityRequirement> security = get.getSecurity() != null ? get.getSecurity() : api.getSecurity();
            boolean keyed = security != null && !security.isEmpty() && security.stream().noneMatch(Map::isEmpty);
            operations.add(new Op(get.getOperationId(), entry.getKey(), keyed, parameters));
        }
        assertTrue(operations.size() >= 20, "GET operations in openapi.yaml: " + operations.size());
        return operations;
    }

    private static Parameter resolve(OpenAPI api, Parameter parameter) {
        String ref = parameter.get$ref();
        return ref == null ? parameter
                : resolve(api, api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1)));
    }

    // ---- the corpus ----

    /** The lines of {@code headers.tsv}, escapes and repetitions expanded. */
    static List<HeaderCase> corpus() {
        String text;
        try (InputStream in = HostileHeadersTest.class.getResourceAsStream(CORPUS)) {
            assertTrue(in != null, CORPUS + " on the test class path");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HeaderCase> cases = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            // "codec" first: a request Vert.x's HTTP decoder refuses before any route (see headers.tsv).
            boolean codec = line.startsWith(CODEC + "\t");
            String[] fields = (codec ? line.substring(CODEC.length() + 1) : line).split("\t", -1);
            assertTrue(fields.length % 2 == 0, "Name<TAB>value pairs in " + CORPUS + ": " + line);
            List<RawHttp.Header> headers = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Set<String> names = new java.util.LinkedHashSet<>();
            for (int i = 0; i < fields.length; i += 2) {
                headers.add(new RawHttp.Header(unescape(fields[i]), unescape(expand(fields[i + 1]))));
                labels.add(fields[i] + ": " + abbreviate(fields[i + 1], 60));
                names.add(fields[i]);
            }
            cases.add(new HeaderCase(String.join(" + ", labels), headers, String.join(" + ", names), codec));
        }
        return cases;
    }

    /** {@code {{N|separator|item}}}: item N times, joined by separator, {@code {i}} in item its index. */
    private static String expand(String value) {
        Matcher repeat = REPEAT.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            int times = Integer.parseInt(repeat.group(1));
            String item = repeat.group(3);
            String joined = Stream.iterate(0, i -> i + 1).limit(times)
                    .map(i -> item.replace("{i}", String.valueOf(i))).collect(Collectors.joining(repeat.group(2)));
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(joined));
        }
        repeat.appendTail(expanded);
        return expanded.toString();
    }

    /** The bytes a corpus field stands for: UTF-8 text, with {@code \0 \r \n \t \\} and raw {@code \xHH} bytes. */
    private static byte[] unescape(String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                text.append(c);
                continue;
            }
            bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
            char escape = field.charAt(++i);
            switch (escape) {
                case '0' -> bytes.write(0);
                case 'r' -> bytes.write('\r');
                case 'n' -> bytes.write('\n');
                case 't' -> bytes.write('\t');
                case '\\' -> bytes.write('\\');
                case 'x' -> {
                    bytes.write(Integer.parseInt(field.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + escape + " in " + field);
            }
        }
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    // ---- fixtures ----

    private static Fixtures fixtures() {
        String suffix = unique();
        var tag = Api.createTag("Hostile headers tag " + suffix);
        var person = Api.createPerson("Hostile headers person " + suffix);
        String tagSlug = tag.path("slug");
        String personSlug = person.path("slug");
        var article = Api.createArticle(Map.of("title", "Hostile headers article " + suffix,
                "body", "Malformed headers meet a *published* article.", "status", "published",
                "tags", List.of(tagSlug), "people", List.of(Map.of("person", personSlug, "role", "subject"))));
        String keyId = Api.editor().body(Map.of("name", "Hostile headers " + suffix, "scopes", List.of("content:read")))
                .post("/api/v1/keys").then().statusCode(201).extract().path("id");
        // An event nothing here causes: the subscription must not queue deliveries for other tests' changes.
        String webhookId = Api.editor().body(Map.of("url", "https://hooks.newsroom.example/hostile-headers",
                "events", List.of("person.deleted"))).post("/api/v1/webhooks").then().statusCode(201).extract()
                .path("id");
        String articleSlug = article.path("slug");
        Map<String, String> etagPaths = new LinkedHashMap<>();
        etagPaths.put("article", "/api/v1/articles/" + articleSlug);
        etagPaths.put("tag", "/api/v1/tags/" + tagSlug);
        etagPaths.put("person", "/api/v1/people/" + personSlug);
        return new Fixtures(articleSlug, tagSlug, personSlug, keyId, webhookId, etagPaths);
    }

    private static Map<String, String> etags(Fixtures fixtures) {
        Map<String, String> etags = new LinkedHashMap<>();
        fixtures.etagPaths().forEach((name, path) -> etags.put(name, Api.etagOf(path)));
        return etags;
    }

    private static void cleanUp(Fixtures fixtures) {
        Api.editor().delete("/api/v1/webhooks/" + fixtures.webhookId()).then().statusCode(204);
        Api.editor().delete("/api/v1/keys/" + fixtures.keyId()).then().statusCode(204);
    }

    // ---- the report ----

    /** The run in numbers, then the offences grouped by status, content type and header name, then by line. */
    private static String report(List<Offence> offences, Map<String, Integer> statuses, int sent, int skipped,
            long seconds, int operations, List<HeaderCase> corpus) {
        StringBuilder report = new StringBuilder();
        report.append("HostileHeadersTest: ").append(sent).append(" requests (").append(skipped)
                .append(" not sent) to ").append(operations).append(" GET operations with ").append(corpus.size())
                .append(" header lines in ").append(seconds).append(" s; ").append(offences.size())
                .append(" offending\n");
        report.append("answers by method, target and status: ").append(statuses).append("\n");
        Map<String, List<Offence>> groups = offences.stream().collect(Collectors.groupingBy(
                o -> o.status() + " " + (o.contentType() == null ? "(no content type)" : o.contentType()) + " "
                        + o.why() + " | " + o.header().names(),
                TreeMap::new, Collectors.toList()));
        groups.forEach((group, members) -> {
            report.append("\n").append(members.size()).append(" x ").append(group).append("\n");
            report.append("  methods: ").append(distinct(members, Offence::method)).append("\n");
            report.append("  targets: ").append(distinct(members, o -> o.target().kind())).append("\n");
            Set<String> operationIds = distinct(members, Offence::operation);
            report.append("  operations (").append(operationIds.size()).append("): ").append(operationIds)
                    .append("\n");
            members.stream().map(o -> o.header().label()).distinct()
                    .forEach(label -> report.append("  - ").append(label).append("\n"));
        });
        return report.toString();
    }

    // ---- helpers ----

    private static Set<String> distinct(List<Offence> offences, java.util.function.Function<Offence, String> what) {
        return offences.stream().map(what).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "… (" + text.length() + " chars)";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
