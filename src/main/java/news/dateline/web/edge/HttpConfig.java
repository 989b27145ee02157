package news.dateline.web.edge;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on requests ({@code DATELINE_HTTP_…}), enforced by news.dateline.web.edge.RequestLimits: what a request may carry
 * besides its body (whose limit is quarkus.http.limits.max-body-size).
 */
@ConfigMapping(prefix = "dateline.http")
public interface HttpConfig {

    /** The longest request URI, in characters; a longer one is a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** The most all request headers may weigh together; more is a 431 problem. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
}
