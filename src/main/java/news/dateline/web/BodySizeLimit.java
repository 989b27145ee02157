package news.dateline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a 413 problem,
 * before any of it is read. Without this the HTTP layer answers with an empty 413 that no client can explain.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final ObjectMapper mapper;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper mapper) {
        this.maxBytes = maxBody.asLongValue();
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredTooLarge(length)) {
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem(context.request().path()));
            } else {
                context.next();
            }
        });
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec rejects a malformed Content-Length itself
        }
    }

    private String problem(String path) {
        Problem problem = Problem.of(ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + maxBytes + " bytes", path, List.of());
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
