package news.dateline.facet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One facet of a list: its top values under every filter of the request, and, when the request filters on this
 * dimension, its top values under every other filter ({@code withoutOwnFilter}: the alternatives a filter screen
 * offers, as the NYT's {@code facet_filter} does).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Facet(List<FacetValue> values, boolean approximate, Integer sampleSize, String omitted,
        FacetCounts withoutOwnFilter) {

    public static Facet of(FacetCounts counts, FacetCounts withoutOwnFilter) {
        return new Facet(counts.values(), counts.approximate(), counts.sampleSize(), counts.omitted(),
                withoutOwnFilter);
    }
}
