package news.dateline.web.problem;

import java.util.List;

/**
 * A request that cannot be served, said in domain terms; {@link ProblemMappers} turns it into
 * {@code application/problem+json}. Use the factory methods: they name the situations Dateline has.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<FieldError> errors;
    private final Integer position;

    public ProblemException(ProblemKind kind, String detail, List<FieldError> errors) {
        this(kind, detail, errors, null);
    }

    private ProblemException(ProblemKind kind, String detail, List<FieldError> errors, Integer position) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.position = position;
    }

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Where in the parameter's value the syntax error is (code points before it), or null. */
    public Integer position() {
        return position;
    }

    public static ProblemException notFound(String resource, String ref) {
        return new ProblemException(ProblemKind.NOT_FOUND, "No " + resource + " with id or slug '" + ref + "'");
    }

    public static ProblemException badParameter(String field, String message) {
        return new ProblemException(ProblemKind.BAD_REQUEST, "Invalid query parameter '" + field + "': " + message,
                List.of(new FieldError(field, message)));
    }

    /** A parameter whose value breaks its syntax: the problem says what and where ({@code position}). */
    public static ProblemException badSyntax(String field, String message, int position) {
        return new ProblemException(ProblemKind.BAD_REQUEST, "Invalid query parameter '" + field + "': " + message,
                List.of(new FieldError(field, message)), position);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemKind.VALIDATION_FAILED, "The request body has invalid fields", errors);
    }
}
