package news.dateline.article;

import java.time.Instant;
import java.util.function.Function;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/**
 * The orders an article list can take. Each is a keyset over one column and the id (ties broken by id, so a
 * cursor is exact); {@code descending} says which way both go.
 */
public enum ArticleSort {
    NEWEST("-publishedAt", "a.published_at", true, true, Instant::parse),
    OLDEST("publishedAt", "a.published_at", false, true, Instant::parse),
    RECENTLY_UPDATED("-updatedAt", "a.updated_at", true, false, Instant::parse),
    TITLE("title", "a.title", false, false, text -> text),
    RELEVANCE("relevance", null, true, false, Double::valueOf);

    private final String wire;
    private final String column;
    private final boolean descending;
    private final boolean nullable;
    private final Function<String, Object> keyParser;

    ArticleSort(String wire, String column, boolean descending, boolean nullable, Function<String, Object> keyParser) {
        this.wire = wire;
        this.column = column;
        this.descending = descending;
        this.nullable = nullable;
        this.keyParser = keyParser;
    }

    public static ArticleSort parse(String raw, boolean hasQuery) {
        if (raw == null || raw.isEmpty()) {
            return hasQuery ? RELEVANCE : NEWEST;
        }
        ArticleSort sort = QueryValues.oneOf("sort", raw, ArticleSort.class);
        if (sort == RELEVANCE && !hasQuery) {
            throw ProblemException.badParameter("sort", "relevance needs a search query q");
        }
        return sort;
    }

    @Override
    public String toString() {
        return wire;
    }

    /** The SQL expression sorted on; relevance sorts on the search rank. */
    String column(String rank) {
        return column != null ? column : rank;
    }

    boolean descending() {
        return descending;
    }

    /** Whether the key can be null (a draft has no publishedAt): nulls always come last. */
    boolean nullable() {
        return nullable;
    }

    /** The Java type of the key as the list query returns it (the column's, or the rank's). */
    Class<?> keyType() {
        return switch (this) {
            case TITLE -> String.class;
            case RELEVANCE -> Double.class;
            default -> Instant.class;
        };
    }

    /** The key a cursor carries as text, as the value to bind; a cursor whose key does not parse is refused. */
    Object key(String text) {
        try {
            return keyParser.apply(text);
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor issued by this API");
        }
    }
}
