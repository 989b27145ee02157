package news.dateline.facet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Counting facets ({@code DATELINE_FACETS_…}). */
@ConfigMapping(prefix = "dateline.facets")
public interface FacetsConfig {

    /**
     * The longest one facet's count may run before it is counted again over a sample; the sample gets as long again,
     * and a facet not counted then is omitted.
     */
    @WithDefault("300ms")
    Duration timeout();

    /**
     * How long all the facets of one request may take together: once it is spent, the facets not yet counted are
     * omitted, so that asking for every dimension, each with its own filter lifted, stays bounded.
     */
    @WithDefault("2s")
    Duration budget();

    /**
     * Past how many matching articles (the planner's estimate) tags and people are not counted exactly but over the
     * sample at once: through the link rows, a count of more would run into its {@link #timeout()}.
     */
    @WithDefault("50000")
    int exactLimit();

    /** How many of the newest matching articles an approximate count reads. */
    @WithDefault("2000")
    int sample();
}
