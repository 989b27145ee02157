package news.dateline.web.problem;

import news.dateline.web.TokenPaths;

/**
 * Text a client may have supplied (a path, a header an exception quotes), cut to a bounded prefix before it reaches a
 * log line: one request must not write kilobytes into the log, nor hide the lines around it.
 */
public final class LogSafe {

    static final int MAX_CHARS = 200;
    private static final int MAX_CAUSES = 8;

    private LogSafe() {
    }

    /** {@code text} itself when short, else its first {@value #MAX_CHARS} characters and how many there were. */
    public static String text(String text) {
        if (text == null || text.length() <= MAX_CHARS) {
            return text;
        }
        return text.substring(0, MAX_CHARS) + "…(" + text.length() + " chars)";
    }

    /** A request's path for a log line: a token in it hidden ({@link TokenPaths}), the rest cut as {@link #text}. */
    public static String path(String path) {
        return text(TokenPaths.masked(path));
    }

    /** {@code e} and its causes, with their types and stack traces but every message cut as {@link #text} does. */
    public static Throwable throwable(Throwable e) {
        return copy(e, 0);
    }

    private static Throwable copy(Throwable e, int depth) {
        Throwable cause = e.getCause() == null || e.getCause() == e || depth >= MAX_CAUSES ? null
                : copy(e.getCause(), depth + 1);
        Throwable bounded = new Bounded(e.getClass().getName(), text(e.getMessage()), cause);
        bounded.setStackTrace(e.getStackTrace());
        return bounded;
    }

    /** A logged stand-in for a throwable, printed under the original's class name. */
    private static final class Bounded extends Throwable {

        private final String type;

        Bounded(String type, String message, Throwable cause) {
            super(message, cause, false, true);
            this.type = type;
        }

        @Override
        public String toString() {
            return getMessage() == null ? type : type + ": " + getMessage();
        }
    }
}
