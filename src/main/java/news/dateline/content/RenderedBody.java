package news.dateline.content;

/** The publishable forms of an article body, derived together from one Markdown source. */
public record RenderedBody(String html, String text, int wordCount, int readingTimeMinutes) {
}
