package news.dateline.facet;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/**
 * What {@code facets=} and {@code facetLimit=} asked for, checked: the dimensions to count (in the order of
 * {@link FacetDimension}) and how many values of each to give.
 */
public record FacetRequest(Set<FacetDimension> dimensions, int limit) {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    /** Names listed in all, repeats included: there are eight dimensions, and anything longer is not a request. */
    static final int MAX_NAMES = 20;
    /** How much of an unknown name a problem repeats. */
    private static final int MAX_ECHO = 40;

    /**
     * Parses the raw parameters: null when no facet is asked for (the list takes its usual path). An unknown
     * dimension, too many names, or a {@code facetLimit} that is no whole number from 1 to {@value #MAX_LIMIT} is a
     * 400 naming the parameter (the limit is checked even without {@code facets=}, so that a typo is not ignored).
     */
    public static FacetRequest parse(List<String> facets, String facetLimit) {
        int limit = QueryValues.boundedInt("facetLimit", facetLimit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<String> names = QueryValues.of(facets);
        if (names.isEmpty()) {
            return null;
        }
        // Counted before repeats are dropped: a list of ten thousand "tags" is no request either.
        long listed = facets.stream().mapToLong(value -> value.split(",", -1).length).sum();
        if (listed > MAX_NAMES) {
            throw ProblemException.badParameter("facets", "must name at most " + MAX_NAMES + " dimensions");
        }
        Set<FacetDimension> dimensions = EnumSet.noneOf(FacetDimension.class);
        for (String name : names) {
            dimensions.add(Arrays.stream(FacetDimension.values()).filter(d -> d.toString().equals(name)).findFirst()
                    .orElseThrow(() -> unknown(name)));
        }
        return new FacetRequest(dimensions, limit);
    }

    private static ProblemException unknown(String name) {
        String shown = name.codePointCount(0, name.length()) > MAX_ECHO
                ? name.substring(0, name.offsetByCodePoints(0, MAX_ECHO)) + "…" : name;
        return ProblemException.badParameter("facets", "unknown dimension '" + shown + "'; the dimensions are: "
                + Arrays.stream(FacetDimension.values()).map(Object::toString).collect(Collectors.joining(", ")));
    }
}
