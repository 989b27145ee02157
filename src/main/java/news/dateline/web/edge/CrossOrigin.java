package news.dateline.web.edge;

import io.quarkus.vertx.http.runtime.cors.CORSConfig;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;

/**
 * Cross-origin requests from browsers: reads from the configured read origins (any, by default), writes only from
 * the configured write origins (none, by default). Quarkus's own CORS filter speaks the protocol (preflights, allowed
 * and exposed headers); it takes one policy for every method, so two of them are kept, one per policy, and this
 * chooses between them by origin. A request the chosen policy refuses is a 403 problem, not the filter's empty
 * 403. The settings are {@link CorsConfig}.
 */
@ApplicationScoped
class CrossOrigin {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** What a browser's script may send: keys, bodies, and the validators of conditional requests. */
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-Match",
            "If-None-Match", "If-Modified-Since", "X-Request-Id");
    /** What a browser's script may read beyond the CORS-safelisted headers: validators, paging, limits. */
    private static final List<String> EXPOSED_HEADERS = List.of("ETag", "Location", "Link", "Retry-After",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "X-Request-Id");
    /** Chromium caps a cached preflight at two hours; longer would only be ignored. */
    private static final Duration PREFLIGHT_MAX_AGE = Duration.ofHours(2);

    private final Set<String> readOrigins;
    private final Set<String> writeOrigins;
    private final CORSFilter readers;
    private final CORSFilter writers;
    private final RouteProblems problems;

    CrossOrigin(CorsConfig config, RouteProblems problems) {
        this.readOrigins = normalised(config.readOrigins());
        this.writeOrigins = normalised(config.writeOrigins().orElse(List.of()));
        this.readers = new CORSFilter(policy(List.copyOf(this.readOrigins), List.of("GET", "HEAD", "OPTIONS")));
        this.writers = new CORSFilter(policy(List.copyOf(this.writeOrigins), List.of("GET", "HEAD", "OPTIONS", "POST",
                "PUT", "PATCH", "DELETE")));
        this.problems = problems;
    }

    // First of all routes, so that answers from memory and refusals carry the headers too.
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        boolean write = !READS.contains(request.method());
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.headers().contains(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if ((write || preflight) && allowed(writeOrigins, origin)) {
            varyByOrigin(context);
            writers.handle(context);
        } else if (write) {
            refuse(context, "Writes are accepted only from the configured origins; " + origin + " is not one");
        } else if (allowed(readOrigins, origin)) {
            if (readOrigins.contains("*")) {
                // The same answer for every origin, so a shared cache keeps one copy (the filter would echo the
                // origin, and then every origin would need its own copy).
                context.addHeadersEndHandler(end -> context.response().headers()
                        .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
            } else {
                varyByOrigin(context);
            }
            readers.handle(context);
        } else {
            refuse(context, "Requests from " + origin + " are not accepted");
        }
    }

    private static boolean allowed(Set<String> origins, String origin) {
        return origins.contains("*") || origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** An answer that names the caller's origin differs by origin, which shared caches must be told. */
    private static void varyByOrigin(RoutingContext context) {
        context.addHeadersEndHandler(end -> {
            String vary = context.response().headers().get(HttpHeaders.VARY);
            context.response().headers().set(HttpHeaders.VARY, vary == null ? "Origin" : vary + ", Origin");
        });
    }

    private void refuse(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.VARY, "Origin");
        problems.send(context, ProblemKind.FORBIDDEN, detail);
    }

    private static Set<String> normalised(List<String> origins) {
        return origins.stream().map(String::strip).filter(o -> !o.isEmpty()).map(o -> o.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static CORSConfig policy(List<String> origins, List<String> methods) {
        return new CORSConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<List<String>> origins() {
                return Optional.of(origins);
            }

            @Override
            public Optional<List<String>> methods() {
                return Optional.of(methods);
            }

            @Override
            public Optional<List<String>> headers() {
                return Optional.of(REQUEST_HEADERS);
            }

            @Override
            public Optional<List<String>> exposedHeaders() {
                return Optional.of(EXPOSED_HEADERS);
            }

            @Override
            public Optional<Duration> accessControlMaxAge() {
                return Optional.of(PREFLIGHT_MAX_AGE);
            }

            @Override
            public Optional<Boolean> accessControlAllowCredentials() {
                // Keys travel in Authorization, set by the calling script; no cookie ever authenticates.
                return Optional.of(false);
            }
        };
    }
}
