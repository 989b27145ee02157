package news.dateline.web.problem;

import java.util.Arrays;

/** The kinds of problem Dateline reports: one per HTTP status it uses, each with a stable type URI slug. */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request", "Bad Request"),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Not Found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method Not Allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not Acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition Failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Content Too Large"),
    URI_TOO_LONG(414, "uri-too-long", "URI Too Long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported Media Type"),
    VALIDATION_FAILED(422, "validation-failed", "Validation Failed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition Required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too Many Requests"),
    HEADERS_TOO_LARGE(431, "header-fields-too-large", "Request Header Fields Too Large"),
    INTERNAL_ERROR(500, "internal-error", "Internal Server Error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service Unavailable");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The kind for a 4xx status the framework produced; anything unlisted is reported as a plain bad request. */
    public static ProblemKind forStatus(int status) {
        return Arrays.stream(values()).filter(k -> k.status == status).findFirst().orElse(BAD_REQUEST);
    }
}
