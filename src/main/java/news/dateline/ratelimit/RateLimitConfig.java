package news.dateline.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How many requests a client may make ({@code DATELINE_RATE_LIMIT_…}), news.dateline.ratelimit.
 * Allowances per client and period. A client is a key or, without one, an address; behind a proxy, Quarkus must
 * be told to trust its forwarding headers ({@code QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING}), or every reader
 * shares the proxy's allowance. Counts are kept by each instance: behind a balancer that spreads a client over
 * n instances, it may make up to n times as many.
 */
@ConfigMapping(prefix = "dateline.rate-limit")
public interface RateLimitConfig {

    /** Whether requests are counted at all. */
    @WithDefault("true")
    boolean enabled();

    /** The period over which each allowance refills, evenly; a client may spend a whole allowance at once. */
    @WithDefault("1m")
    Duration period();

    /**
     * Reads (GET, HEAD) per client and period: a hundred a second, sustained, for an app's or an aggregator's
     * every poll, and a whole minute's worth at once for a page that fans out.
     */
    @WithDefault("6000")
    long reads();

    /** Writes per client and period: ten a second, far beyond an editor, enough for a steady import. */
    @WithDefault("600")
    long writes();

    /** Refused keys (401s to requests that carried one) per address and period; beyond them that address may not present keys for a while. */
    @WithDefault("20")
    long failedAuthentications();
}
