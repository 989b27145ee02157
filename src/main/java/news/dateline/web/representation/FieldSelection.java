package news.dateline.web.representation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.ProblemException;

/** Sparse output: the fields a client asked for with {@code fields=id,slug,title}, or all of them. */
public record FieldSelection(Set<String> fields) {

    public static final FieldSelection ALL = new FieldSelection(Set.of());

    /** Parses {@code fields=}; a name the view does not have is a 400 listing the ones it has. */
    public static FieldSelection parse(List<String> raw, Class<? extends Record> view) {
        Set<String> known = Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> asked = QueryValues.of(raw);
        for (String field : asked) {
            if (!known.contains(field)) {
                throw ProblemException.badParameter("fields", "has no field '" + field + "'; known fields: "
                        + String.join(", ", known));
            }
        }
        return new FieldSelection(Set.copyOf(asked));
    }

    public boolean all() {
        return fields.isEmpty();
    }

    /** Drops what was not asked for from one serialised item. */
    void apply(ObjectNode item) {
        if (!all()) {
            item.retain(fields);
        }
    }
}
