package news.dateline.web.problem;

/** One invalid input in a problem's {@code errors[]}: which field (a JSON path or parameter name) and why. */
public record FieldError(String field, String message) {
}
