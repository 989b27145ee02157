package news.dateline.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether the demo content is loaded ({@code DATELINE_SEED_DEMO}); a top-level name, as documented. */
@ConfigMapping(prefix = "dateline")
public interface DemoConfig {

    /** Load the demo content (the OSCE ministerial article, its tags and people) at start-up. */
    @WithDefault("false")
    boolean seedDemo();
}
