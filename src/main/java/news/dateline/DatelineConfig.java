package news.dateline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Dateline's own settings, all under the {@code dateline.} prefix (environment: {@code DATELINE_…}). */
@ConfigMapping(prefix = "dateline")
public interface DatelineConfig {

    /**
     * The first admin API key ({@code DATELINE_ADMIN_KEY}). Absent means no key can write:
     * the service then serves published content read-only.
     */
    Optional<String> adminKey();

    /** Load the demo content (the OSCE ministerial article, its tags and people) at start-up. */
    @WithDefault("false")
    boolean seedDemo();
}
