package news.dateline.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import news.dateline.web.Json;

/**
 * Ends a request with a problem+json from a Vert.x route, where a request is refused before any resource (and so any
 * exception mapper) sees it: too large, from a foreign origin, over its rate.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper mapper;

    RouteProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Answers with {@code kind}'s status and a problem that says {@code detail}; headers already set are kept. */
    public void send(RoutingContext context, ProblemKind kind, String detail) {
        send(context, kind, detail, context.request().path());
    }

    /** As {@link #send(RoutingContext, ProblemKind, String)}, naming {@code instance} (or none, when null). */
    public void send(RoutingContext context, ProblemKind kind, String detail, String instance) {
        Problem problem = Problem.of(kind, detail, instance, List.of());
        HttpServerResponse response = context.response();
        response.setStatusCode(kind.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.string(mapper, problem));
    }
}
