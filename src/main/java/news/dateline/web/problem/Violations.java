package news.dateline.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation violations into {@code errors[]} entries named by the client's field paths. */
public final class Violations {

    /**
     * The most a problem lists: a body of fifty invalid tags and a hundred invalid people would otherwise answer with
     * hundreds of entries, and the first hundred, in field order, are enough to fix the request by.
     */
    public static final int MAX_ERRORS = 100;

    private Violations() {
    }

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .limit(MAX_ERRORS)
                .toList();
    }

    /** True when every violation is about a request parameter rather than a field of the body. */
    public static boolean onParametersOnly(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream().allMatch(v -> {
            Path.Node last = null;
            for (Path.Node node : v.getPropertyPath()) {
                last = node;
            }
            return last != null && last.getKind() == ElementKind.PARAMETER;
        });
    }

    // "create.article.people[1].role" -> "people[1].role": the method and parameter are Java, not API.
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
                // Query parameters are parsed by hand (PageRequest), so a constrained parameter is always the body.
                case PARAMETER -> parameter = "body";
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        field.append(field.isEmpty() ? "" : ".").append(name);
                    }
                }
            }
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }
}
