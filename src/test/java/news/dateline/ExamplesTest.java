package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.dateline.demo.DemoContentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a newcomer copies works as written: the README's tour and every script in {@code examples/} run against the
 * live service with the demo content, and each {@code curl -i} answers the status its comment promises.
 */
@QuarkusTest
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");
    /** A status promised at the end of a line ({@code curl -i … # 304}): the command ends on that line. */
    private static final Pattern PROMISE = Pattern.compile("(?m)(?<=\\S)[ \\t]+#[ \\t]+([1-5][0-9]{2})\\b.*$");
    private static final Pattern REQUEST = Pattern.compile("\\bcurl -i\\b");
    private static final Pattern TOUR = Pattern.compile("(?s)## A tour\\n.*?```bash\\n(.*?)```");
    /**
     * Runs first: {@code curl -i} also keeps its answer, and {@code __expect} compares the status of the last one with
     * the promise. Progress meters stay off ({@code -sS}); the answer is still shown.
     */
    private static final String PRELUDE = """
            set -euo pipefail
            __last=$(mktemp)
            trap 'rm -f "$__last"' EXIT
            curl() {
              if [[ " $* " == *" -i "* ]]; then command curl -sS "$@" | tee "$__last"; echo; else command curl "$@"; fi
            }
            __expect() {
              local got
              got=$(head -n 1 "$__last" | cut -d ' ' -f 2)
              if [ "$got" != "$1" ]; then echo "expected $1, got ${got:-no answer}" >&2; exit 1; fi
            }
            """;
    private static final long TIMEOUT_SECONDS = 120;
    /** What the tour creates (and publishes). */
    private static final String TOUR_ARTICLE = "/api/v1/articles/sinirlioglu-takes-office";

    @TestHTTPResource("/")
    URL root;

    @Inject
    DemoContentService demo;

    @BeforeEach
    void demoContent() {
        demo.load();
    }

    static Stream<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".sh")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyExampleAnswersAsItsCommentsSay(Path script) throws Exception {
        run(script.toString(), Files.readString(script));
    }

    @Test
    void theReadmeTourWorksVerbatim() throws Exception {
        Matcher tour = TOUR.matcher(Files.readString(Path.of("README.md")));
        assertTrue(tour.find(), "README.md has no '## A tour' section with a bash block");
        // The tour is written for ./mvnw quarkus:dev: its address and its editor key.
        String base = root.toString().replaceFirst("^http://", "").replaceFirst("/$", "");
        try {
            run("the README tour", tour.group(1).replace("localhost:8080", base).replace("dev-admin-key", Api.KEY));
        } finally {
            // The tour's article stays for the newcomer; here it would add to the demo people's article counts.
            if (Api.editor().get(TOUR_ARTICLE).statusCode() == 200) {
                Api.editor().header("If-Match", Api.etagOf(TOUR_ARTICLE)).delete(TOUR_ARTICLE).then().statusCode(204);
            }
        }
    }

    private void run(String name, String script) throws IOException, InterruptedException {
        long requests = REQUEST.matcher(script).results().count();
        long promises = PROMISE.matcher(script).results().count();
        assertTrue(requests > 0, name + " makes no curl -i request");
        assertEquals(requests, promises, name + ": every curl -i needs the status it answers as its line's comment");

        Path file = Files.createTempFile("example", ".sh");
        Path output = Files.createTempFile("example", ".log");
        try {
            Files.writeString(file, PRELUDE + PROMISE.matcher(script).replaceAll(" ; __expect $1"));
            ProcessBuilder bash = new ProcessBuilder(List.of("bash", file.toString())).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            bash.environment().put("BASE", root.toString().replaceFirst("/$", ""));
            bash.environment().put("DATELINE_KEY", Api.KEY);
            Process process = bash.start();
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(finished, name + " took more than " + TIMEOUT_SECONDS + " s:\n" + log);
            assertEquals(0, process.exitValue(), name + " failed:\n" + log);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(output);
        }
    }
}
