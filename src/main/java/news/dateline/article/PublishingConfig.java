package news.dateline.article;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Scheduled publishing ({@code DATELINE_PUBLISHING_…}, news.dateline.article.ScheduledPublishing). */
// Read only through ${…} expressions: Quarkus drops a mapping no bean injects, with its defaults, unless told not to.
@Unremovable
@ConfigMapping(prefix = "dateline.publishing")
public interface PublishingConfig {

    /** How often scheduled articles whose time has come are looked for: at most this late, they are published. */
    @WithDefault("1s")
    Duration checkEvery();
}
