package news.dateline.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Scheduled publishing ({@code DATELINE_PUBLISHING_…}, news.dateline.article.ScheduledPublishing). */
@ConfigMapping(prefix = "dateline.publishing")
public interface PublishingConfig {

    /** How often scheduled articles whose time has come are looked for: at most this late, they are published. */
    @WithDefault("1s")
    Duration checkEvery();
}
