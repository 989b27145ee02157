package news.dateline.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.dateline.web.Digests;
import news.dateline.web.TokenPaths;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;

/**
 * Holds every request to its client's allowance before anything else is done for it (answers from memory
 * included): a keyed caller is counted by its key, anyone else by address. Every answer says what is left
 * ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}: seconds until the allowance is whole again, the
 * header fields of the IETF httpapi draft); a request over it is a 429 problem with {@code Retry-After}. After too many 401s from one address,
 * requests from it that carry a key are 429 until its allowance refills, whatever the key; a preview token that opens
 * nothing (404) counts as a refused key, and previews are refused alike. Health and metrics
 * ({@code /q/}) are never limited. The counts are this instance's own (see {@link RateLimits}).
 */
@ApplicationScoped
class RateLimitFilter {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final boolean enabled;
    private final RateLimits limits;
    private final RouteProblems problems;

    RateLimitFilter(RateLimitConfig config, RateLimits limits, RouteProblems problems) {
        this.enabled = config.enabled();
        this.limits = limits;
        this.problems = problems;
    }

    // After CORS and the body size check, before answers from memory (news.dateline.cache.CacheHits).
    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(Integer.MIN_VALUE + 1).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.path().startsWith("/q/")) {
            context.next();
            return;
        }
        String address = addressOf(request);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        // A preview link's token is a credential too, in the path: a wrong one is a guess like a wrong key.
        boolean token = TokenPaths.holdsToken(request.path());
        if (authorization != null || token) {
            EstimationProbe guesses = limits.peek(Quota.FAILED_AUTHENTICATIONS, address);
            if (!guesses.canBeConsumed()) {
                refuse(context, Quota.FAILED_AUTHENTICATIONS, guesses.getNanosToWaitForRefill(),
                        "Too many requests from " + address + " failed authentication");
                return;
            }
        }
        Quota quota = READS.contains(request.method()) ? Quota.READS : Quota.WRITES;
        // A key is known by its digest only: the buckets never hold what could be used to call as it.
        String client = authorization == null ? address
                : "key " + HexFormat.of().formatHex(Digests.sha256(authorization));
        ConsumptionProbe spent = limits.spend(quota, client);
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Limit", Long.toString(limits.allowance(quota)))
                .putHeader("RateLimit-Remaining", Long.toString(spent.getRemainingTokens()))
                .putHeader("RateLimit-Reset", Long.toString(seconds(spent.getNanosToWaitForReset())));
        if (!spent.isConsumed()) {
            refuse(context, quota, spent.getNanosToWaitForRefill(), "This client has made more than "
                    + limits.allowance(quota) + " " + describe(quota) + " in the period");
            return;
        }
        if (authorization != null || token) {
            // Only a presented credential that fails is a guess (a refused key, a token that opens no preview); a
            // reader without one pays nothing for the check.
            context.addHeadersEndHandler(end -> {
                if (response.getStatusCode() == 401 || token && response.getStatusCode() == 404) {
                    limits.spend(Quota.FAILED_AUTHENTICATIONS, address);
                }
            });
        }
        context.next();
    }

    private void refuse(RoutingContext context, Quota quota, long nanosToWait, String detail) {
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(nanosToWait)));
        problems.send(context, ProblemKind.TOO_MANY_REQUESTS, detail + "; try again after the Retry-After seconds");
    }

    /** The connection's peer, or what a trusted proxy says it is when Quarkus is told to trust one. */
    private static String addressOf(HttpServerRequest request) {
        SocketAddress remote = request.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    private static long seconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    private static String describe(Quota quota) {
        return quota == Quota.WRITES ? "writes" : "reads";
    }
}
