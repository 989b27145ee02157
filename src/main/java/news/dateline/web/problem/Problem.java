package news.dateline.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body, the only shape errors take on the wire. {@code position}, an extension member,
 * says where in a parameter's value a syntax error is (code points before it), for the parameters with a syntax.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
        Integer position) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://dateline.news/problems/";

    /** A problem whose type and title follow from the status alone. */
    public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
        return of(kind, detail, instance, errors, null);
    }

    /** The same, with the position of a syntax error. */
    public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors,
            Integer position) {
        return new Problem(TYPE_BASE + kind.slug(), kind.title(), kind.status(), detail, instance, errors, position);
    }
}
