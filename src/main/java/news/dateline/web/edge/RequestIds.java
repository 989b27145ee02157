package news.dateline.web.edge;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token (a proxy's or a client's
 * trace id), a new UUID otherwise. It is echoed on every answer (from a resource, from memory, a problem) and put in
 * the log's MDC as {@code requestId}, which Quarkus keeps in the request's Vert.x context, so every line the request
 * logs, on the event loop or a worker, names it ({@code %X{requestId}} in the log format).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What is taken as given: no spaces, quotes or control characters that could forge a log line or a header. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    /** First of all routes, before the request limits, so that even a refused request has its id. */
    void register(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::identify);
    }

    private void identify(RoutingContext context) {
        String given = context.request().getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.next();
    }
}
