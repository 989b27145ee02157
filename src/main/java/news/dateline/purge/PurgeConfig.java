package news.dateline.purge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Purges at the caching tiers in front of the service ({@code DATELINE_PURGE_…}), news.dateline.purge.
 * Where to purge what changed, and how: each configured tier gets the surrogate keys of every change readers could
 * see, from the change log, soon after it commits. None configured: nothing is purged.
 */
@ConfigMapping(prefix = "dateline.purge")
public interface PurgeConfig {

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
