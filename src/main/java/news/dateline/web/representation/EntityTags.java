package news.dateline.web.representation;

/**
 * Compares a representation's entity tag with an {@code If-Match} or {@code If-None-Match} list (RFC 9110, 8.8.3 and
 * 13.1.1-2), parsed by the grammar rather than split on commas. An invalid list, or one of more than
 * {@value #MAX_TAGS} tags, matches nothing: it cannot name the representation a client holds.
 */
final class EntityTags {

    static final int MAX_TAGS = 64;

    private EntityTags() {
    }

    /** Strong comparison ({@code If-Match}): a weak tag never matches. */
    static boolean strongMatch(String list, String etag) {
        return matches(list, etag, true);
    }

    /** Weak comparison ({@code If-None-Match}): {@code W/"x"} matches {@code "x"}. */
    static boolean weakMatch(String list, String etag) {
        return matches(list, etag, false);
    }

    /** {@code etag} is the representation's own tag, quotes included. */
    private static boolean matches(String list, String etag, boolean strong) {
        String field = list.strip();
        if (field.equals("*")) {
            return true;
        }
        boolean matched = false;
        int tags = 0;
        int at = 0;
        int length = field.length();
        while (at < length) {
            char c = field.charAt(at);
            if (c == ',' || c == ' ' || c == '\t') {
                at++;
                continue;
            }
            boolean weak = field.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            if (open >= length || field.charAt(open) != '"') {
                return false;
            }
            int close = open + 1;
            while (close < length && isEtagChar(field.charAt(close))) {
                close++;
            }
            if (close >= length || field.charAt(close) != '"' || ++tags > MAX_TAGS) {
                return false;
            }
            if (!(strong && weak) && field.regionMatches(open, etag, 0, etag.length())
                    && close + 1 - open == etag.length()) {
                matched = true;
            }
            at = close + 1;
            if (at < length && field.charAt(at) != ',' && field.charAt(at) != ' ' && field.charAt(at) != '\t') {
                return false;
            }
        }
        return matched;
    }

    // etagc = %x21 / %x23-7E / obs-text
    private static boolean isEtagChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }
}
