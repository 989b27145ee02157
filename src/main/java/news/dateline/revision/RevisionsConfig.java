package news.dateline.revision;

import io.smallrye.config.ConfigMapping;
import java.util.OptionalInt;

/** How long history is kept ({@code DATELINE_REVISIONS_…}): settings of {@link Revisions}. */
@ConfigMapping(prefix = "dateline.revisions")
public interface RevisionsConfig {

    /**
     * How many unpublished edits ({@code edited} revisions of a version readers never saw) each resource keeps, the
     * newest; older ones are deleted as new ones are written. Unset: all. Every other revision (created, published,
     * restored, corrected, any version that was public…) is kept forever.
     */
    OptionalInt keepEdits();
}
