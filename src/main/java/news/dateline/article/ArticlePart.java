package news.dateline.article;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.web.ProblemException;

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
        for (String value : include) {
            parts.add(Arrays.stream(values()).filter(p -> p.toString().equals(value)).findFirst()
                    .orElseThrow(() -> ProblemException.badParameter("include", "must be one of: "
                            + Arrays.stream(values()).map(Object::toString).collect(Collectors.joining(", ")))));
        }
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
