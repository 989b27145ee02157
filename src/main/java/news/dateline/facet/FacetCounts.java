package news.dateline.facet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The top values of one facet, as counted: exactly, or over a sample of the newest matching articles when an exact
 * count took too long ({@code approximate}, with the {@code sampleSize} read), or not at all ({@code omitted} says
 * why, and {@code values} is empty).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetCounts(List<FacetValue> values, boolean approximate, Integer sampleSize, String omitted) {

    static FacetCounts exact(List<FacetValue> values) {
        return new FacetCounts(values, false, null, null);
    }

    static FacetCounts sampled(List<FacetValue> values, int sampleSize) {
        return new FacetCounts(values, true, sampleSize, null);
    }

    static FacetCounts omitted(String reason) {
        return new FacetCounts(List.of(), true, null, reason);
    }
}
