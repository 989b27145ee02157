package news.dateline.sitemap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Sitemaps for search engines ({@code DATELINE_SITEMAPS_…}): {@code /sitemap.xml} and the sitemaps it lists. */
@ConfigMapping(prefix = "dateline.sitemaps")
public interface SitemapConfig {

    /**
     * How many URLs one page of the article, tag and person sitemaps lists (1 to 50,000, the protocol's limit;
     * start-up fails otherwise). Fewer, smaller pages are cheaper to render and to fetch again when one changes.
     */
    @WithDefault("10000")
    int pageSize();
}
