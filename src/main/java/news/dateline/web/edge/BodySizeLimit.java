package news.dateline.web.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a 413 problem,
 * before any of it is read when its length is declared, as soon as the limit is passed when it is chunked.
 * Without this the HTTP layer answers with an empty 413 that no client can explain.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final RouteProblems problems;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            RouteProblems problems) {
        this.maxBytes = maxBody.asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && declaredTooLarge(length)) {
                refuse(context);
            } else if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                // A chunked body declares no length: read it here, counting, so that passing the limit fails
                // this route (below) instead of ending in the HTTP layer's empty 413. JAX-RS then reads the
                // buffered body.
                chunkedBodies.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(context, ProblemKind.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + maxBytes + " bytes");
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec rejects a malformed Content-Length itself
        }
    }
}
