package news.dateline.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The in-memory cache of public responses ({@code DATELINE_CACHE_…}). */
@ConfigMapping(prefix = "dateline.cache")
public interface CacheConfig {

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
