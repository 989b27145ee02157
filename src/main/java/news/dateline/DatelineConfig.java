package news.dateline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.quarkus.runtime.configuration.MemorySize;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Dateline's own settings, all under the {@code dateline.} prefix (environment: {@code DATELINE_…}). */
@ConfigMapping(prefix = "dateline")
public interface DatelineConfig {

    /**
     * The first admin API key ({@code DATELINE_ADMIN_KEY}). Absent means no key can write:
     * the service then serves published content read-only.
     */
    Optional<String> adminKey();

    /**
     * Whether published content may be read without a key ({@code DATELINE_PUBLIC_READ}). False makes every request
     * under {@code /api/v1/} need a key with scope {@code content:read} (news.dateline.auth.PrivateRead) and turns
     * the response cache off; health and {@code /q/openapi} stay open.
     */
    @WithDefault("true")
    boolean publicRead();

    /** Load the demo content (the OSCE ministerial article, its tags and people) at start-up. */
    @WithDefault("false")
    boolean seedDemo();

    /**
     * The longest one SQL statement may run ({@code DATELINE_DB_STATEMENT_TIMEOUT}), in PostgreSQL's units
     * ({@code 5s}, {@code 500ms}); PostgreSQL cancels it after that and the request is a 503 with Retry-After.
     * Applied to every connection of the pool as a session setting (see application.properties).
     */
    @WithName("db.statement-timeout")
    @WithDefault("5s")
    String statementTimeout();

    /** Limits on requests ({@code DATELINE_HTTP_…}), enforced by news.dateline.web.RequestLimits. */
    Http http();

    /** What a request may carry besides its body (whose limit is quarkus.http.limits.max-body-size). */
    interface Http {

        /** The longest request URI, in characters; a longer one is a 414 problem. */
        @WithDefault("4096")
        int maxUriLength();

        /** The most all request headers may weigh together; more is a 431 problem. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    /** Ranked search ({@code DATELINE_SEARCH_…}). */
    Search search();

    /** Settings of ranked search. */
    interface Search {

        /** How many of the newest matches relevance ranks (news.dateline.search.Candidates). */
        @WithDefault("1000")
        int candidates();
    }

    /** Scheduled publishing ({@code DATELINE_PUBLISHING_…}). */
    Publishing publishing();

    /** Settings of scheduled publishing (news.dateline.article.ScheduledPublishing). */
    interface Publishing {

        /** How often scheduled articles whose time has come are looked for: at most this late, they are published. */
        @WithDefault("1s")
        Duration checkEvery();
    }

    /** Published articles stored as rendered JSON ({@code DATELINE_DOCUMENTS_…}). */
    Documents documents();

    /** Settings of the stored documents (news.dateline.article.ArticleDocuments). */
    interface Documents {

        /** How often queued articles (a linked tag or person changed, a bulk load) are rendered again. */
        @WithDefault("1s")
        Duration refreshEvery();

        /** How many queued articles one transaction renders. */
        @WithDefault("200")
        int batchSize();
    }

    /** The in-memory cache of public responses ({@code DATELINE_CACHE_…}). */
    Cache cache();

    /** Settings of the cache of public responses. */
    interface Cache {

        /** Whether anonymous GETs are served from memory once rendered. */
        @WithDefault("true")
        boolean enabled();

        /** The most the cached bytes (plain and gzip variants) may weigh; least used entries leave first. */
        @WithDefault("64M")
        MemorySize maxSize();

        /**
         * How often the connection that hears other instances' changes is checked. While it is down the cache is
         * empty and unused, so another instance's write is never missed for longer than this.
         */
        @WithDefault("5s")
        Duration listenerCheck();
    }

    /** The public site the newsroom publishes on ({@code DATELINE_SITE_…}): feeds, sitemaps and JSON-LD link to it. */
    Site site();

    /**
     * Where readers find what the API serves. Dateline has no web pages of its own: an article's public address is its
     * {@code canonicalUrl} when it has one, else the base URL followed by {@code /articles/{slug}} (tags:
     * {@code /tags/{slug}}, people: {@code /people/{slug}}), news.dateline.site.PublicUrls.
     */
    interface Site {

        /** The site's absolute base URL, without a trailing slash ({@code https://news.example.org}). */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** The publication's name, as feeds and the Google News sitemap show it. */
        @WithDefault("Dateline")
        String name();

        /** The publication's language (BCP 47), for feeds and the Google News sitemap. */
        @WithDefault("en")
        String language();
    }

    /** Browsers' cross-origin requests ({@code DATELINE_CORS_…}), read by news.dateline.web.CrossOrigin. */
    Cors cors();

    /** Which web origins a browser may call the API from. */
    interface Cors {

        /** Origins whose pages may read (GET, HEAD), comma-separated; {@code *} for any. */
        @WithDefault("*")
        List<String> readOrigins();

        /**
         * Origins whose pages may also write (e.g. {@code https://cms.example.org}). None by default: a page on
         * another site cannot write, even with a key it holds.
         */
        Optional<List<String>> writeOrigins();
    }

    /** How many requests a client may make ({@code DATELINE_RATE_LIMIT_…}), news.dateline.ratelimit. */
    RateLimit rateLimit();

    /**
     * Allowances per client and period. A client is a key or, without one, an address; behind a proxy, Quarkus must
     * be told to trust its forwarding headers ({@code QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING}), or every reader
     * shares the proxy's allowance. Counts are kept by each instance: behind a balancer that spreads a client over
     * n instances, it may make up to n times as many.
     */
    interface RateLimit {

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

    /** Signed webhooks ({@code DATELINE_WEBHOOKS_…}), news.dateline.webhook. */
    Webhooks webhooks();

    /** Settings of the webhook dispatcher and sender (news.dateline.webhook.WebhookDispatcher, WebhookSender). */
    interface Webhooks {

        /** How often the change log is turned into deliveries, and due deliveries are sent. */
        @WithDefault("1s")
        Duration dispatchEvery();

        /** How long one delivery's POST may take, connecting included, before it counts as a failed attempt. */
        @WithDefault("5s")
        Duration timeout();

        /** The wait after a delivery's first failed attempt; it doubles after each further one (with a little jitter). */
        @WithDefault("10s")
        Duration backoffBase();

        /** The longest wait between two attempts, however many failed. */
        @WithDefault("1h")
        Duration backoffMax();

        /** Attempts after which a delivery that never got a 2xx is given up as failed. */
        @WithDefault("8")
        int maxAttempts();

        /** Change log rows one dispatch transaction reads, and deliveries one sender run claims and sends at once. */
        @WithDefault("50")
        int batchSize();

        /**
         * Whether targets may be private addresses (loopback, private networks, link-local and cloud metadata,
         * CGNAT…; {@code DATELINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS}). Off: such a target is refused when the
         * subscription is made and again before each send, so the service cannot be made to call into its own network.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();
    }

    /** Purges at the caching tiers in front of the service ({@code DATELINE_PURGE_…}), news.dateline.purge. */
    Purge purge();

    /**
     * Where to purge what changed, and how: each configured tier gets the surrogate keys of every change readers could
     * see, from the change log, soon after it commits. None configured: nothing is purged.
     */
    interface Purge {

        /**
         * Varnish servers running deploy/local/varnish/dateline.vcl ({@code DATELINE_PURGE_VARNISH_URLS},
         * comma-separated, such as {@code http://varnish-1:8080}): each gets {@code PURGE /} with the keys in
         * {@code xkey-purge}.
         */
        Optional<List<URI>> varnishUrls();

        /** The Fastly service to purge by surrogate key ({@code DATELINE_PURGE_FASTLY_…}). */
        Fastly fastly();

        /** A Fastly service, purged through its API's batch surrogate-key purge. */
        interface Fastly {

            /** The service's id ({@code DATELINE_PURGE_FASTLY_SERVICE_ID}); absent: no purge at Fastly. */
            Optional<String> serviceId();

            /** An API token with the purge_select scope ({@code DATELINE_PURGE_FASTLY_TOKEN}); required with an id. */
            Optional<String> token();

            /** The API's address ({@code DATELINE_PURGE_FASTLY_API_URL}); another only for a stand-in in tests. */
            @WithDefault("https://api.fastly.com")
            URI apiUrl();
        }

        /**
         * How often every instance looks for changes it was not told about (another tool's writes, scheduled
         * publishing); its own writes are purged as soon as they commit.
         */
        @WithDefault("1s")
        Duration pollEvery();

        /** How long one purge request may take, connecting included, before it counts as failed. */
        @WithDefault("2s")
        Duration timeout();

        /** The wait before a failed purge is tried again; it doubles after each further failure. */
        @WithDefault("250ms")
        Duration backoffBase();

        /** The longest wait between two tries, however many failed. */
        @WithDefault("30s")
        Duration backoffMax();

        /** Change log rows one purge transaction reads. */
        @WithDefault("200")
        int batchSize();
    }

    /** A PostgreSQL streaming replica for public reads ({@code DATELINE_READ_REPLICA_…}), news.dateline.replica. */
    ReadReplica readReplica();

    /**
     * Where anonymous GETs may read: a hot standby of the primary. Requests with a key, writes and background work
     * always use the primary; so do public reads while the replica is down, lags more than {@code maxLag}, or has not
     * yet applied a change this instance has heard of (so nothing this instance caches or a tier refetches after a
     * purge is older than what it was told).
     */
    interface ReadReplica {

        /**
         * Its JDBC URL ({@code DATELINE_READ_REPLICA_URL}, e.g. {@code jdbc:postgresql://replica-1:5432/dateline});
         * absent: every read goes to the primary. Credentials are the primary's unless
         * {@code QUARKUS_DATASOURCE_REPLICA_USERNAME} and {@code _PASSWORD} are set.
         */
        Optional<String> url();

        /** The most the replica may lag behind the primary and still serve reads. */
        @WithDefault("5s")
        Duration maxLag();

        /** How often the replica's lag and health are measured. */
        @WithDefault("250ms")
        Duration checkEvery();
    }

    /** Sitemaps for search engines ({@code DATELINE_SITEMAPS_…}), news.dateline.sitemap. */
    Sitemaps sitemaps();

    /** Settings of {@code /sitemap.xml} and the sitemaps it lists. */
    interface Sitemaps {

        /**
         * How many URLs one page of the article, tag and person sitemaps lists (1 to 50,000, the protocol's limit;
         * start-up fails otherwise). Fewer, smaller pages are cheaper to render and to fetch again when one changes.
         */
        @WithDefault("10000")
        int pageSize();
    }
}
