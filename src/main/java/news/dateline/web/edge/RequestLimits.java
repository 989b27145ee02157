package news.dateline.web.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;

/**
 * Refuses a request whose URI or headers are over Dateline's limits with a 414 or 431 problem, before routing.
 * <p>
 * Vert.x answers requests its HTTP decoder refused (over {@code quarkus.http.limits.max-initial-line-length} or
 * {@code max-header-size}) with an empty 414/431 from {@code HttpServer.invalidRequestHandler}, a hook Quarkus
 * neither sets nor exposes (it creates the server itself; {@code HttpServerOptionsCustomizer} only sees options).
 * So the decoder's limits are set well above these (application.properties) and the limits callers are told
 * about are enforced here, where the answer can be a problem. Only a request past the decoder's ceiling still
 * gets Vert.x's empty answer, with the right status.
 */
@ApplicationScoped
public class RequestLimits {

    private final int maxUri;
    private final long maxHeaders;
    private final RouteProblems problems;

    RequestLimits(HttpConfig config, RouteProblems problems) {
        this.maxUri = config.maxUriLength();
        this.maxHeaders = config.maxHeaderSize().asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.uri().length() > maxUri) {
                refuse(context, ProblemKind.URI_TOO_LONG,
                        "The request URI is longer than the limit of " + maxUri + " characters");
            } else if (headerBytes(request) > maxHeaders) {
                refuse(context, ProblemKind.HEADERS_TOO_LARGE,
                        "The request headers are larger than the limit of " + maxHeaders + " bytes");
            } else {
                context.next();
            }
        });
    }

    /** The headers' size as the decoder counts it: name, colon, space, value and line end of each. */
    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void refuse(RoutingContext context, ProblemKind kind, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        // The instance is left out: a path of several kilobytes is what is being refused.
        problems.send(context, kind, detail, null);
    }
}
