package news.dateline.web;

/**
 * Paths whose last segment is a credential: a preview link's token ({@code /api/v1/previews/{token}}). What holds
 * a key in {@code Authorization} holds it here in the path, so the path is treated as that header is: never logged
 * whole, never cached, and a failed lookup counts as a refused key.
 */
public final class TokenPaths {

    /** Where preview links live; the rest of the path is the token. */
    public static final String PREVIEWS = "/api/v1/previews/";

    private TokenPaths() {
    }

    /** Whether this raw path presents a token. */
    public static boolean holdsToken(String path) {
        return path != null && path.startsWith(PREVIEWS) && path.length() > PREVIEWS.length();
    }

    /** The path with its token hidden, for a log line. */
    public static String masked(String path) {
        return holdsToken(path) ? PREVIEWS + "…" : path;
    }
}
