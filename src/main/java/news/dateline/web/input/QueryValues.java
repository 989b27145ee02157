package news.dateline.web.input;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import news.dateline.web.problem.ProblemException;

/** Reading list-valued and enum-valued query parameters the same way everywhere. */
public final class QueryValues {

    private QueryValues() {
    }

    /** The values of a parameter that may be repeated and may separate values by commas, trimmed, each once. */
    public static List<String> of(List<String> raw) {
        return raw == null ? List.of() : raw.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    /**
     * A free-text parameter, trimmed; null when absent or blank. Over {@code maxLength} characters, or with a control
     * character in it (PostgreSQL cannot even store U+0000), it is a 400.
     */
    public static String text(String parameter, String raw, int maxLength) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ProblemException.badParameter(parameter, "must be at most " + maxLength + " characters");
        }
        // Tabs and line breaks are whitespace and pass; no other control character belongs in a query.
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ProblemException.badParameter(parameter, "must not contain control characters");
        }
        return text;
    }

    /** A whole number parameter within bounds, or {@code fallback} when absent; anything else is a 400. */
    public static int boundedInt(String parameter, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(parameter, "must be a whole number between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw ProblemException.badParameter(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }

    /** The constant whose {@code toString()} is {@code value}; anything else is a 400 listing the choices. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants).filter(c -> c.toString().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badParameter(parameter, "must be one of: "
                        + Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "))));
    }

}
