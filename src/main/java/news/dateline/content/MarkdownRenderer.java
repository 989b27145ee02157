package news.dateline.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Renders article Markdown into sanitised HTML plus the plain text, word count and reading time derived from it. */
@ApplicationScoped
public final class MarkdownRenderer {

    // Average adult silent reading speed for non-fiction, in words per minute (Brysbaert's 2019
    // meta-analysis puts it at ~238); 230 is a round, slightly conservative figure.
    static final int WORDS_PER_MINUTE = 230;

    // Letters/digits (plus combining marks, so Devanagari or decomposed accents stay inside the word),
    // joined by single inner apostrophes or hyphens: "Nagorno-Karabakh" and "Russia’s" are one word.
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019\u02BC\\-\u2010\u2011][\\p{L}\\p{N}\\p{M}]+)*");

    private static final String ELLIPSIS = "\u2026";

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    // Only read while cleaning, so one instance serves all threads; Cleaners are cheap and made per call.
    private final Safelist safelist;

    public MarkdownRenderer() {
        this.parser = Parser.builder().build();
        // Raw HTML is passed through on purpose: editors may use harmless inline tags (<sup>, <u>),
        // and jsoup, not commonmark, is the single place that decides what is safe.
        this.htmlRenderer = HtmlRenderer.builder().build();
        this.safelist = Safelist.relaxed()
                // relaxed() also allows ftp: links, which browsers no longer open.
                .removeProtocols("a", "href", "ftp")
                // Keeps fenced-code language hints (class="language-java") for front-end highlighters.
                .addAttributes("code", "class")
                // commonmark emits <hr> for thematic breaks ("---"), which relaxed() does not list.
                .addTags("hr");
    }

    /** Renders {@code markdown} (null counts as empty); never returns null fields. */
    public RenderedBody render(String markdown) {
        String source = markdown == null ? "" : markdown;
        String unsafeHtml = htmlRenderer.render(parser.parse(source));

        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(unsafeHtml, ""));
        // The cleaner keeps <img> after stripping a disallowed src (e.g. javascript:, data:, relative),
        // which would only render as a broken-image icon.
        clean.body().select("img:not([src])").remove();
        // Likewise a paragraph whose only content was a removed tag (an inline <iframe>) is left empty.
        for (Element paragraph : clean.body().select("p")) {
            if (paragraph.childrenSize() == 0 && !paragraph.hasText()) {
                paragraph.remove();
            }
        }
        clean.outputSettings().prettyPrint(false);
        Element body = clean.body();

        String html = body.html().strip();
        // Text comes from the sanitised DOM rather than the Markdown AST so it is exactly what a reader
        // sees: stripped <script>/<style> bodies cannot leak in, allowed raw HTML (<div>text</div>) is not
        // lost, and link URLs/image alt text that commonmark's text renderer inlines do not inflate counts.
        String text = PlainText.of(body);
        int words = countWords(text);
        return new RenderedBody(html, text, words, readingTimeMinutes(words));
    }

    /**
     * First paragraph of {@code text} on one line, shortened at a word boundary with a trailing "…"
     * so the result never exceeds {@code maxChars}; "" for null or blank text.
     */
    public static String excerpt(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (text == null || text.isBlank()) {
            return "";
        }
        String stripped = text.strip();
        int paragraphEnd = stripped.indexOf("\n\n");
        String paragraph = (paragraphEnd < 0 ? stripped : stripped.substring(0, paragraphEnd))
                .replaceAll("\\s+", " ")
                .strip();
        if (paragraph.length() <= maxChars) {
            return paragraph;
        }
        // Walk back over word boundaries until the shortened text plus the ellipsis fits; stripping
        // punctuation can make a later boundary fit ("fox," + "…" is too long, "fox…" is not).
        int cut = lastWhitespaceAtOrBefore(paragraph, maxChars);
        while (cut > 0) {
            String head = stripTrailingPunctuation(paragraph.substring(0, cut));
            if (!head.isEmpty() && head.length() < maxChars) {
                return head + ELLIPSIS;
            }
            cut = lastWhitespaceAtOrBefore(paragraph, cut - 1);
        }
        // A single word longer than the limit: a hard cut beats returning nothing.
        int limit = maxChars - 1;
        if (limit > 0 && Character.isHighSurrogate(paragraph.charAt(limit - 1))) {
            limit--;
        }
        return stripTrailingPunctuation(paragraph.substring(0, limit)) + ELLIPSIS;
    }

    static int countWords(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    static int readingTimeMinutes(int wordCount) {
        if (wordCount <= 0) {
            return 0;
        }
        return (int) Math.ceil(wordCount / (double) WORDS_PER_MINUTE);
    }

    private static int lastWhitespaceAtOrBefore(String s, int index) {
        for (int i = index; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    // Closing brackets and quotes stay ("(OSCE)…"), but a dangling comma, dash or opening quote
    // before the ellipsis reads as a typo.
    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && isStrippable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isStrippable(char c) {
        if (Character.isWhitespace(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
