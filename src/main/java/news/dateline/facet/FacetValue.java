package news.dateline.facet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * One value of a facet and how many articles have it: a tag or person (slug and name), a language (code) or a year.
 *
 * @param id the tag's or person's id, for surrogate keys only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetValue(@JsonIgnore UUID id, String slug, String name, String code, Integer year, long count) {

    static FacetValue named(UUID id, String slug, String name, long count) {
        return new FacetValue(id, slug, name, null, null, count);
    }

    static FacetValue language(String code, long count) {
        return new FacetValue(null, null, null, code, null, count);
    }

    static FacetValue year(int year, long count) {
        return new FacetValue(null, null, null, null, year, count);
    }
}
