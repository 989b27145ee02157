package news.dateline.facet;

import java.util.Locale;

/**
 * What a list can be counted by ({@code facets=}): its tags (all of them, or those of one kind), its people, its
 * language and its year of publication. Each dimension has its own filters: those a filter screen offers alternatives
 * to, so its counts are also given without them ({@link Facet#withoutOwnFilter()}).
 */
public enum FacetDimension {
    TAGS(null), PLACES("PLACE"), ORGANISATIONS("ORGANISATION"), TOPICS("TOPIC"), EVENTS("EVENT"),
    PEOPLE(null), LANGUAGE(null), YEAR(null);

    private final String tagKind;

    FacetDimension(String tagKind) {
        this.tagKind = tagKind;
    }

    /** The tag kind (as stored) this dimension counts, or null for all tags and for the dimensions that are no tags. */
    public String tagKind() {
        return tagKind;
    }

    /** Whether it counts tags: the tag filters ({@code tag}, {@code anyTag}) are its own. */
    public boolean countsTags() {
        return this == TAGS || tagKind != null;
    }

    /** Its name in {@code facets=} and in the answer. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
