package news.dateline.facet;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import news.dateline.web.SurrogateKeyed;

/**
 * The facets of a list, by dimension name in the order asked for; they name the tags and people they show by
 * surrogate key, so that renaming one drops the answers that show its old name.
 */
public record Facets(Map<String, Facet> byDimension) implements SurrogateKeyed {

    @JsonValue
    public Map<String, Facet> byDimension() {
        return byDimension;
    }

    @Override
    public Stream<String> surrogateKeys() {
        return byDimension.entrySet().stream().flatMap(entry -> {
            String kind = entry.getKey().equals(FacetDimension.PEOPLE.toString()) ? "person:" : "tag:";
            Facet facet = entry.getValue();
            Stream<FacetValue> shown = facet.withoutOwnFilter() == null ? facet.values().stream()
                    : Stream.concat(facet.values().stream(), facet.withoutOwnFilter().values().stream());
            return shown.map(FacetValue::id).filter(Objects::nonNull).map(id -> kind + id);
        }).distinct();
    }
}
