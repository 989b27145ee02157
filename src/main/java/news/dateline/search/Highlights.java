package news.dateline.search;

/** Turns a search snippet with hit markers (U+0001 before, U+0002 after) into HTML-safe text with {@code <mark>}. */
public final class Highlights {

    private Highlights() {
    }

    public static String toHtml(String snippet) {
        if (snippet == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(snippet.length() + 32);
        for (char c : snippet.toCharArray()) {
            switch (c) {
                case '\u0001' -> html.append("<mark>");
                case '\u0002' -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
