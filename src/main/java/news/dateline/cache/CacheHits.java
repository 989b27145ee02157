package news.dateline.cache;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Answers an anonymous GET that the {@link ResponseCache} holds straight from the event loop: no worker thread, no
 * database, no serialisation. {@code If-None-Match} and {@code If-Modified-Since} are answered from the stored
 * ETag and date. Everything else (a miss, a keyed caller) goes on to the resources. A request without a key is
 * {@link news.dateline.auth.Visibility#PUBLIC} by the rule (no authentication needs to run to know it), which is the
 * only view {@link CacheFill} stores.
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

    CacheHits(ResponseCache cache) {
        this.cache = cache;
    }

    // After the body size check, CORS and the rate limit, before the resources' own route.
    void register(@Observes Router router) {
        router.get(API + "*").order(Integer.MIN_VALUE + 2).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        HttpServerRequest request = context.request();
        CachedResponse hit = request.headers().contains(HttpHeaders.AUTHORIZATION) || !acceptsJson(request)
                ? null : cache.get(CacheKey.of(request.path(), request.query()));
        if (hit == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        boolean notModified = notModified(request, hit);
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

    /** RFC 9110: {@code If-None-Match} (weak comparison) decides when present; else {@code If-Modified-Since}. */
    static boolean notModified(HttpServerRequest request, CachedResponse hit) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                candidate = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
                if (candidate.equals("*") || candidate.equals(hit.etag())) {
                    return true;
                }
            }
            return false;
        }
        Instant since = CachedResponse.parseHttpDate(request.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        return since != null && hit.lastModified() != null && !hit.lastModified().isAfter(since);
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
