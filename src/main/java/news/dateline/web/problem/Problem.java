package news.dateline.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body, the only shape errors take on the wire. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://dateline.news/problems/";

    /** A problem whose type and title follow from the status alone. */
    public static Problem of(ProblemKind kind, String detail, String instance, List<FieldError> errors) {
        return new Problem(TYPE_BASE + kind.slug(), kind.title(), kind.status(), detail, instance, errors);
    }
}
