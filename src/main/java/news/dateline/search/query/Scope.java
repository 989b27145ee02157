package news.dateline.search.query;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where in an article a term or phrase must occur: anywhere, or one part of the search vector, named by the weight
 * label that part carries in it (migrations V3 and V21: title A, subtitle and excerpt B, body C).
 */
public enum Scope {
    ANYWHERE(null, null),
    TITLE("title", "A"),
    SUMMARY("summary", "B"),
    BODY("body", "C");

    private final String prefix;
    private final String weight;

    Scope(String prefix, String weight) {
        this.prefix = prefix;
        this.weight = weight;
    }

    /** What a query writes before the colon ({@code title}), or null for {@link #ANYWHERE}. */
    public String prefix() {
        return prefix;
    }

    /** The tsvector weight label of this part ({@code A}), or null for {@link #ANYWHERE}. */
    public String weight() {
        return weight;
    }

    /** The scope a query names by {@code prefix} (lower case only, as written in a query), if any. */
    static Optional<Scope> named(String prefix) {
        return Arrays.stream(values()).filter(s -> s.prefix != null && s.prefix.equals(prefix)).findFirst();
    }
}
