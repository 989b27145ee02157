package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} passes two independent linters with no finding: Spectral with the OWASP API Security ruleset
 * and Redocly CLI, pinned in {@code contract/package-lock.json} and run by {@code contract/lint} (which installs them
 * with npm on first use; Node.js and npm are all it needs).
 */
class ContractLintTest {

    private static final Path LINT = Path.of("contract", "lint");
    /** A first run downloads both linters; later runs take a few seconds. */
    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Test
    void bothLintersFindNothing() throws IOException, InterruptedException {
        NodeScript.Result lint = NodeScript.run(LIMIT, LINT);
        assertEquals(0, lint.exitCode(), "contract/lint found problems in openapi.yaml, or could not run:\n" + lint.log());
    }
}
