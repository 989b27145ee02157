package news.dateline.sitemap;

import java.time.Instant;

/**
 * One {@code <url>} of a sitemap: where readers find the page, and when what it shows last changed.
 *
 * @param loc     the page's absolute public address
 * @param lastmod its resource's {@code updatedAt}
 */
record SitemapUrl(String loc, Instant lastmod) {
}
