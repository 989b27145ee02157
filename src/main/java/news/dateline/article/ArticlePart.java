package news.dateline.article;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.dateline.web.input.QueryValues;

/** The heavy parts of an article a list leaves out unless asked ({@code include=}); a single article has them all. */
public enum ArticlePart {
    BODY, TAGS, PEOPLE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code include=tags,people}; a field named in {@code fields=} that lives in a part includes it too. */
    public static Set<ArticlePart> parse(List<String> include, Set<String> fields) {
        Set<ArticlePart> parts = EnumSet.noneOf(ArticlePart.class);
        QueryValues.of(include).forEach(value -> parts.add(QueryValues.oneOf("include", value, ArticlePart.class)));
        if (fields.contains("body") || fields.contains("bodyHtml") || fields.contains("bodyText")) {
            parts.add(BODY);
        }
        if (fields.contains("tags")) {
            parts.add(TAGS);
        }
        if (fields.contains("people")) {
            parts.add(PEOPLE);
        }
        return parts;
    }
}
