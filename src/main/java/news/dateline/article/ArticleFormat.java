package news.dateline.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.dateline.web.input.QueryValues;

/**
 * The forms an article's body can be sent in, each as its own field. A response carries each body once: the forms
 * asked for with {@code formats=} or named in {@code fields=}, else HTML for readers (a {@code content:read} key
 * too) and Markdown for editors, who edit it.
 */
public enum ArticleFormat {
    MARKDOWN("body"), HTML("bodyHtml"), TEXT("bodyText");

    private final String field;

    ArticleFormat(String field) {
        this.field = field;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code formats=html,text}; an unknown form is a 400 listing the known ones.
     *
     * @param fields the names of {@code fields=}: naming a body field asks for its form
     * @param keyed  whether the caller is an editor (content:write), which makes Markdown the default
     */
    static Set<ArticleFormat> parse(List<String> formats, Set<String> fields, boolean keyed) {
        Set<ArticleFormat> chosen = EnumSet.noneOf(ArticleFormat.class);
        QueryValues.of(formats).forEach(value -> chosen.add(QueryValues.oneOf("formats", value, ArticleFormat.class)));
        for (ArticleFormat format : values()) {
            if (fields.contains(format.field)) {
                chosen.add(format);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(keyed ? MARKDOWN : HTML);
        }
        return chosen;
    }

    /** What a writer gets back: the Markdown they wrote. */
    static Set<ArticleFormat> forWriters() {
        return EnumSet.of(MARKDOWN);
    }
}
