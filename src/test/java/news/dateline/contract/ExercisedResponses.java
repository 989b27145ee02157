package news.dateline.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.TestProfile;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Keeps the contract tests' coverage of {@code openapi.yaml} whole, though they are split by resource: every status
 * every operation documents must have been produced by the server and validated by one of them, so a response added
 * to the contract needs a test. {@link #RECORDER}, a filter on every request they make (see {@link Contract}), notes
 * which documented response each got; this extension, on every {@code Contract*Test}, notes which tests ran; and the
 * class that completes the set checks the notes, once ({@link #everyDocumentedResponseWasExercised}).
 *
 * <p>Why the class that completes the set: each class, when it finishes, asks whether every test of every contract
 * test class (the classes of this package that carry this extension) has run by now, and the one that finds so
 * checks. That holds in any order the classes run in. A JUnit listener could not fail a test; a last class chosen by
 * name or {@code @Order} is last only until a runner setting reorders classes (Quarkus already orders them by
 * profile); and which response a request gets is known only by sending it, so the check cannot be computed without
 * running them. A filtered run (a class, a method) checks nothing: a part cannot have exercised everything.
 *
 * <p>The notes are statics: every contract test runs in the default test profile, so in one Quarkus application whose
 * class loader holds one copy of this class for them all. A contract test given a {@code @TestProfile} would note in
 * a copy of its own that the check never sees; {@link #beforeAll} refuses one.
 */
final class ExercisedResponses implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

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

    private static final List<Documented> DOCUMENTED = documented(Api.openapiYaml());
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();
    private static final Set<String> TESTS_RUN = ConcurrentHashMap.newKeySet();

    /** A REST Assured filter that notes which documented response (method, path template, status) a request got. */
    static final Filter RECORDER = (request, response, context) -> {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        DOCUMENTED.stream()
                .filter(d -> d.method().equalsIgnoreCase(request.getMethod()) && d.path().matcher(path).matches()
                        && d.status().equals(String.valueOf(answer.statusCode())))
                .forEach(d -> SEEN.add(d.key()));
        return answer;
    };

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        if (type.isAnnotationPresent(TestProfile.class)) {
            throw new IllegalStateException(type.getSimpleName() + " has a test profile of its own: its responses"
                    + " would be noted where the coverage check does not look (see ExercisedResponses)");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TESTS_RUN.add(key(context.getRequiredTestClass(), context.getRequiredTestMethod()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        everyDocumentedResponseWasExercised(context.getRequiredTestClass());
    }

    /**
     * Once every test of every contract test class has run (not a filtered subset), every response the contract
     * documents, for every operation, must have been produced by the server and validated at least once. A status
     * added to openapi.yaml without a test fails the build.
     */
    private static void everyDocumentedResponseWasExercised(Class<?> finished) {
        if (TESTS_RUN.containsAll(everyContractTest(finished))) {
            assertEquals(Set.of(), unexercised(), "documented responses no test produced");
        }
    }

    private static Set<String> unexercised() {
        return DOCUMENTED.stream().filter(d -> !PROVEN_ELSEWHERE.contains(d.status()))
                .map(Documented::key).filter(key -> !SEEN.contains(key))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every test method of the classes beside {@code one} that carry this extension. */
    private static Set<String> everyContractTest(Class<?> one) {
        Set<String> tests = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(one.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(one.getPackageName().replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(one.getPackageName() + "." + name.substring(0, name.length() - 6), false,
                        one.getClassLoader());
                if (Stream.of(type.getAnnotationsByType(ExtendWith.class))
                        .anyMatch(extension -> Arrays.asList(extension.value()).contains(ExercisedResponses.class))) {
                    Stream.of(type.getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(Test.class) || m.isAnnotationPresent(ParameterizedTest.class))
                            .forEach(m -> tests.add(key(type, m)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the contract tests beside " + one.getName(), e);
        }
        return tests;
    }

    private static String key(Class<?> type, Method test) {
        return type.getSimpleName() + "." + test.getName();
    }

    private static List<Documented> documented(String spec) {
        List<Documented> documented = new ArrayList<>();
        OpenAPI api = new OpenAPIV3Parser().readContents(spec, null, new ParseOptions()).getOpenAPI();
        api.getPaths().forEach((template, item) -> {
            Pattern path = Pattern.compile(Stream.of(template.split("\\{[^/}]+}", -1))
                    .map(Pattern::quote).collect(Collectors.joining("[^/]+", "^", "$")));
            item.readOperationsMap().forEach((method, operation) -> operation.getResponses().keySet()
                    .forEach(status -> documented.add(new Documented(method.name(), template, path, status))));
        });
        return documented;
    }
}
