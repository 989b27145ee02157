package news.dateline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one of the repository's Node.js scripts ({@code contract/lint}, {@code src/test/typescript/run}: each installs
 * its npm packages, pinned by a {@code package-lock.json}, on first use) within a time limit, and fails the test in
 * plain words when Node.js is missing or the script hangs.
 */
final class NodeScript {

    /** How a script ended: its exit code and what it wrote to stdout and to stderr. */
    record Result(int exitCode, String out, String err) {

        /** Both streams, for a failure message. */
        String log() {
            return err + out;
        }
    }

    private NodeScript() {
    }

    static Result run(Duration limit, Path script, String... args) throws IOException, InterruptedException {
        assertTrue(onPath("node") && onPath("npm"), script + " needs Node.js: node and npm on the PATH");
        assertTrue(Files.isExecutable(script), script + " is missing or not executable");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("node-script", ".out");
        Path err = Files.createTempFile("node-script", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            Result result = new Result(finished ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            assertTrue(finished, script + " did not finish in " + limit.toSeconds() + " s:\n" + result.log());
            return result;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
