package news.dateline.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Ranked search ({@code DATELINE_SEARCH_…}). */
@ConfigMapping(prefix = "dateline.search")
public interface SearchConfig {

    /** How many of the newest matches relevance ranks (news.dateline.search.Candidates). */
    @WithDefault("1000")
    int candidates();
}
