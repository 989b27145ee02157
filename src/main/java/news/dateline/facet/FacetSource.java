package news.dateline.facet;

import java.util.List;
import java.util.Map;

/**
 * The articles a facet counts, as SQL over the article table aliased {@code a}, made by the list that asks (which
 * owns its filters and the caller's visibility).
 *
 * @param condition  SQL boolean over {@code a}: the article matches (empty: every article)
 * @param sample     a derived table aliased {@code a}: the newest matching articles, as many as a sample reads
 * @param parameters the named parameters both use
 * @param before     statements without parameters to run first in the count's transaction (search planning)
 * @param kind       what the source is, when a shortcut answers it
 */
public record FacetSource(String condition, String sample, Map<String, Object> parameters, List<String> before,
        Kind kind) {

    /** When counting can be skipped or answered from precomputed counts. */
    public enum Kind {
        /** Only a count answers. */
        FILTERED,
        /** Every published article and nothing else: the tags' and people's kept counts answer those dimensions. */
        EVERY_PUBLISHED,
        /** Nothing can match (a filter names an unknown tag or person): every facet is empty. */
        NOTHING
    }

    /** The source of a list that nothing can match. */
    public static FacetSource nothing() {
        return new FacetSource("", "", Map.of(), List.of(), Kind.NOTHING);
    }
}
