package news.dateline.search;

/**
 * Turns a search snippet whose hits are marked with {@link #START} and {@link #STOP} (as {@link TextSearch#articleSnippet}
 * makes them) into HTML-safe text with each hit in {@code <mark>…</mark>}: everything else is escaped, runs of
 * whitespace become one space, and the marks always nest properly, even when the text itself held stray markers.
 */
public final class Highlights {

    /** Opens a hit in a snippet. */
    public static final char START = '\u0001';
    /** Closes a hit in a snippet. */
    public static final char STOP = '\u0002';

    private Highlights() {
    }

    /** The snippet as HTML text; {@code null} stays {@code null}. */
    public static String toHtml(String snippet) {
        if (snippet == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        boolean open = false;
        boolean opening = false; // a hit has started but nothing of it was written yet
        boolean space = false;    // whitespace is pending: written once, and only before more text
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == START) {
                opening = !open;
            } else if (c == STOP) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
                opening = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = html.length() > 0;
            } else if (!Character.isISOControl(c)) {
                if (space) {
                    html.append(' ');
                    space = false;
                }
                if (opening) {
                    html.append("<mark>");
                    open = true;
                    opening = false;
                }
                escape(c, html);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }

    private static void escape(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
