package news.dateline.web.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a client sent reaches a log line only as a bounded prefix, exceptions that quote it included. */
class LogSafeTest {

    @Test
    void longTextIsCutAndSaysHowLongItWas() {
        assertEquals("short", LogSafe.text("short"));
        String cut = LogSafe.text("x".repeat(5000));
        assertTrue(cut.length() < LogSafe.MAX_CHARS + 20, cut);
        assertTrue(cut.endsWith("(5000 chars)"), cut);
    }

    @Test
    void aPreviewTokenInAPathIsHiddenAndOtherPathsStayAsTheyAre() {
        String token = "7yq2Lm0VbX4nR8sT1uW5zA3cE6gJ9kP2dF0hQ4iN5oM";
        assertEquals("/api/v1/previews/…", LogSafe.path("/api/v1/previews/" + token));
        assertEquals("/api/v1/previews/", LogSafe.path("/api/v1/previews/"));
        assertEquals("/api/v1/articles/x/previews", LogSafe.path("/api/v1/articles/x/previews"));
    }

    @Test
    void anExceptionKeepsItsTypeAndTraceButNotTheWholeValue() {
        IllegalStateException cause = new IllegalStateException("y".repeat(3000));
        RuntimeException e = new RuntimeException("Unparseable date: " + "x".repeat(3000), cause);
        Throwable logged = LogSafe.throwable(e);
        assertTrue(logged.toString().startsWith("java.lang.RuntimeException: Unparseable date: xxx"));
        assertTrue(logged.toString().length() < LogSafe.MAX_CHARS + 60, logged.toString());
        assertTrue(logged.getCause().toString().startsWith("java.lang.IllegalStateException: yyy"));
        assertTrue(logged.getCause().toString().length() < LogSafe.MAX_CHARS + 60);
        assertArrayEquals(e.getStackTrace(), logged.getStackTrace());
    }
}
