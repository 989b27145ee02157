package news.dateline.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reading list-valued and enum-valued query parameters the same way everywhere. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The values of a parameter that may be repeated and may separate values by commas, trimmed, each once. */
    public static List<String> of(List<String> raw) {
        return raw == null ? List.of() : raw.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /** The constant whose {@code toString()} is {@code value}; anything else is a 400 listing the choices. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(c -> c.toString().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter(parameter, "must be one of: "
                        + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "))));
    }
}
