package news.dateline.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as {@code application/problem+json}: one mapper per kind of failure, none leaking internals. */
public class ProblemMappers {

    static final String BEARER_CHALLENGE = "Bearer realm=\"dateline\"";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Response.status(e.kind().status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(e.kind(), e.getMessage(), uri.getPath(), e.errors(), e.position()))
                .build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return problem(JsonErrors.toProblem(json), uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        Response.ResponseBuilder builder = builder(kind, detailFor(kind, uri), List.of(), uri);
        if (status == 405 && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e, UriInfo uri) {
        return problem(JsonErrors.toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return problem(JsonErrors.toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        return problem(JsonErrors.toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(JsonErrors.toProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        var violations = e.getConstraintViolations();
        boolean parameters = Violations.onParametersOnly(violations);
        return respond(parameters ? ProblemKind.BAD_REQUEST : ProblemKind.VALIDATION_FAILED,
                parameters ? "The request needs a JSON body" : "The request body has invalid fields",
                Violations.toFieldErrors(violations), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return builder(ProblemKind.UNAUTHORIZED, "This request needs an API key: send Authorization: Bearer <key>",
                List.of(), uri).header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return invalidKey(uri);
    }

    @ServerExceptionMapper
    public Response badCredentialsLate(AuthenticationCompletionException e, UriInfo uri) {
        return invalidKey(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemKind.FORBIDDEN, "Your API key does not have the scope this request needs", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response concurrentWrite(OptimisticLockException e, UriInfo uri) {
        return lostRace(uri);
    }

    @ServerExceptionMapper
    public Response concurrentWriteHibernate(StaleStateException e, UriInfo uri) {
        return lostRace(uri);
    }

    /**
     * A constraint the database enforced that no check of ours caught first: another writer changed what this write
     * refers to (a tag deleted while an article was being linked to it). Services report the unique values they
     * protect themselves ({@code AlreadyTaken}), naming the field.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(ProblemKind.CONFLICT, "The change conflicts with another change made at the same time",
                List.of(), uri);
    }

    /** Seconds a client is asked to wait when the database did not answer. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causes(e)) {
            Log.warnf("Database unavailable on %s: %s", LogSafe.path(uri.getPath()),
                    LogSafe.text(e.getMessage()));
            return builder(ProblemKind.SERVICE_UNAVAILABLE,
                    "The database did not answer in time; retry in a few seconds", List.of(), uri)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(LogSafe.throwable(e), "Unexpected failure on %s (incident %s)", LogSafe.path(uri.getPath()),
                incident);
        return respond(ProblemKind.INTERNAL_ERROR, "Something went wrong on our side; incident " + incident,
                List.of(), uri);
    }

    private Response invalidKey(UriInfo uri) {
        return builder(ProblemKind.UNAUTHORIZED, "The API key is not valid", List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE + ", error=\"invalid_token\"").build();
    }

    private Response lostRace(UriInfo uri) {
        return respond(ProblemKind.PRECONDITION_FAILED,
                "Another writer changed this resource at the same time: fetch it again and reapply your change",
                List.of(), uri);
    }

    private static String detailFor(ProblemKind kind, UriInfo uri) {
        return switch (kind) {
            case NOT_FOUND -> "Nothing exists at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + uri.getPath();
            // Not only JSON any more: sitemaps are XML, JSON-LD is application/ld+json.
            case NOT_ACCEPTABLE -> "This resource is not available in any media type the Accept header allows";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json (application/merge-patch+json for PATCH)";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than the limit";
            default -> "The request could not be understood";
        };
    }

    private static Response respond(ProblemKind kind, String detail, List<FieldError> errors, UriInfo uri) {
        return builder(kind, detail, errors, uri).build();
    }

    private static Response.ResponseBuilder builder(ProblemKind kind, String detail, List<FieldError> errors,
            UriInfo uri) {
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(kind, detail, uri.getPath(), errors));
    }
}
