package news.dateline.web.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import news.dateline.web.Digests;
import news.dateline.web.input.Refs;
import news.dateline.web.problem.ProblemException;

/**
 * An opaque keyset position: the sort key and id of the row a page ends at ({@code after}) or starts at
 * ({@code before}), bound to the query it came from. A cursor only moves through the query that issued it: one
 * from another sort or other filters is refused, as is anything that is not a cursor at all.
 *
 * @param key   the row's sort key as text, or null when the row has none (a draft's publishedAt)
 * @param scope which query this cursor belongs to (resource, sort and filters)
 */
public record Cursor(boolean before, String key, UUID id, String scope) {

    private static final String VERSION = "2";
    private static final char SEPARATOR = '\n';

    public static Cursor after(String key, UUID id, String scope) {
        return new Cursor(false, key, id, scope);
    }

    public static Cursor before(String key, UUID id, String scope) {
        return new Cursor(true, key, id, scope);
    }

    public String encode() {
        String body = String.join(String.valueOf(SEPARATOR), VERSION, before ? "b" : "a", scope, id.toString(),
                key == null ? "" : "=" + key);
        String text = checksumOf(body) + SEPARATOR + body;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor this API issued for {@code scope}; anything else is a 400 naming the parameter. */
    public static Cursor decode(String raw, String scope) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed();
        }
        String[] parts = text.split("\n", 6);
        if (parts.length != 6 || !VERSION.equals(parts[1]) || !(parts[2].equals("a") || parts[2].equals("b"))
                || !(parts[5].isEmpty() || parts[5].startsWith("="))) {
            throw malformed();
        }
        UUID id = Refs.asId(parts[4]).orElseThrow(Cursor::malformed);
        String key = parts[5].isEmpty() ? null : parts[5].substring(1);
        if (key != null && key.indexOf(0) >= 0) {
            throw malformed(); // no sort key holds U+0000, which PostgreSQL would refuse to compare
        }
        if (!parts[0].equals(checksumOf(text.substring(parts[0].length() + 1)))) {
            throw malformed();
        }
        if (!parts[3].equals(scope)) {
            throw ProblemException.badParameter("cursor",
                    "belongs to a different query: keep sort and filters as they were when the cursor was issued");
        }
        return new Cursor(parts[2].equals("b"), key, id, parts[3]);
    }

    // Over everything after it, so any edit (the direction, the scope, a null key made "null") is caught. It is not a
    // secret: a cursor grants nothing a query does not.
    private static String checksumOf(String body) {
        return Digests.shortened(body, 6);
    }

    private static ProblemException malformed() {
        return ProblemException.badParameter("cursor", "is not a cursor issued by this API");
    }
}
