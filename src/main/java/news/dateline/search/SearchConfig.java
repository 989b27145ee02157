package news.dateline.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Ranked search ({@code DATELINE_SEARCH_…}). */
@ConfigMapping(prefix = "dateline.search")
public interface SearchConfig {

    /** How many of the newest matches relevance ranks (news.dateline.search.Candidates). */
    @WithDefault("1000")
    int candidates();

    /**
     * How long a public search may look through the articles' bodies when their heads gave fewer hits than asked
     * for (news.dateline.search.SearchRepository); past it the answer holds the heads' hits.
     */
    @WithDefault("40ms")
    Duration bodyTimeout();

    /**
     * How many public searches may read bodies at once (news.dateline.search.BodyReaders); unset, as many as there
     * are processors.
     */
    OptionalInt bodyReaders();

    /**
     * How long a query whose bodies could not be read in time answers from its heads alone before they are tried
     * again (news.dateline.search.BodyReaders).
     */
    @WithDefault("60s")
    Duration bodyRetry();

    /**
     * How many of the best search heads a public article list by relevance takes as its first candidates
     * (news.dateline.article.HeadsFirst); each costs a step of the heads' index walk and a rank over its article.
     */
    @WithDefault("100")
    int listHeads();
}
