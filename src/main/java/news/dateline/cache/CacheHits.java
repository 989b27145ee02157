package news.dateline.cache;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;
import news.dateline.web.representation.Preconditions;

/**
 * Answers an anonymous GET that the {@link ResponseCache} holds straight from the event loop: no worker thread, no
 * database, no serialisation. Conditional requests are answered from the stored ETag and date by the same
 * {@link Preconditions} as the resources'. Everything else (a miss, a keyed caller) goes on to the resources. A
 * request without a key is {@link news.dateline.auth.Visibility#PUBLIC} by the rule (no authentication needs to run
 * to know it), which is the only view {@link CacheFill} stores.
 */
@ApplicationScoped
class CacheHits {

    static final String API = "/api/v1/";
    /**
     * What a 304 repeats, as the resources' 304s do: RFC 9110 (15.4.5) asks for what a 200 would have sent of
     * Cache-Control, ETag and Vary; the date the client compares; and the keys a CDN files the response under. Not
     * Content-Type: there is no content (the stored names were compared with Vert.x's lower-case ones before, so
     * it went out).
     */
    private static final Set<String> REVALIDATION_HEADERS = Set.of("ETag", "Last-Modified", "Cache-Control", "Vary",
            "Surrogate-Key");

    private final ResponseCache cache;
    private final RouteProblems problems;

    CacheHits(ResponseCache cache, RouteProblems problems) {
        this.cache = cache;
        this.problems = problems;
    }

    // After the body size check, CORS and the rate limit, before the resources' own route.
    void register(@Observes Router router) {
        router.get(API + "*").order(Integer.MIN_VALUE + 2).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedResponse hit = request.headers().contains(HttpHeaders.AUTHORIZATION) || !acceptsJson(request)
                ? null : cache.get(
                        ResponseCacheKey.of(request.path(), request.query(), request.getHeader("Accept-Language")));
        if (hit == null) {
            context.next();
            return;
        }
        Preconditions.Outcome outcome = Preconditions.of(request.headers()).evaluate(hit.etag(), hit.lastModified());
        if (outcome == Preconditions.Outcome.FAILED) {
            problems.send(context, ProblemKind.PRECONDITION_FAILED, Preconditions.FAILED);
            return;
        }
        HttpServerResponse response = context.response();
        boolean notModified = outcome == Preconditions.Outcome.NOT_MODIFIED;
        for (Map.Entry<String, String> header : hit.headers()) {
            if (!notModified || REVALIDATION_HEADERS.contains(header.getKey())) {
                response.putHeader(header.getKey(), header.getValue());
            }
        }
        if (notModified) {
            response.setStatusCode(304).end();
        } else if (acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip").end(hit.gzipBody());
        } else {
            response.end(hit.body());
        }
    }

    // Anything unusual goes on to the resources, which answer it properly (406 and the like).
    private static boolean acceptsJson(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("application/json") || accept.contains("*/*")
                || accept.contains("application/*");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                return parts.length == 1 || !parts[1].strip().matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
