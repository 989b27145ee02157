package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} passes two independent linters with no finding: Spectral with the OWASP API Security ruleset
 * and Redocly CLI, pinned in {@code contract/package-lock.json} and run by {@code contract/lint} (which installs them
 * with npm on first use; Node.js and npm are all it needs).
 */
class ContractLintTest {

    private static final Path LINT = Path.of("contract", "lint");
    /** A first run downloads both linters; later runs take a few seconds. */
    private static final long TIMEOUT_MINUTES = 5;

    @Test
    void bothLintersFindNothing() throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(LINT), LINT + " is missing or not executable");
        Path output = Files.createTempFile("contract-lint", ".log");
        try {
            Process lint = new ProcessBuilder("bash", LINT.toString()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean finished = lint.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            if (!finished) {
                lint.destroyForcibly();
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(finished, "contract/lint did not finish in " + TIMEOUT_MINUTES + " minutes:\n" + log);
            assertEquals(0, lint.exitValue(), "contract/lint found problems in openapi.yaml (or could not run: "
                    + "it needs node and npm):\n" + log);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
