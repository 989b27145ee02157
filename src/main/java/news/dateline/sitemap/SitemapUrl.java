package news.dateline.sitemap;

import java.time.Instant;
import java.util.List;

/**
 * One {@code <url>} of a sitemap: where readers find the page, and when what it shows last changed.
 *
 * @param loc        the page's absolute public address
 * @param lastmod    its resource's {@code updatedAt}
 * @param alternates every published language version of an article's story, itself included, then the original as
 *                   {@code x-default}; empty when it has no other
 */
record SitemapUrl(String loc, Instant lastmod, List<Alternate> alternates) {

    /**
     * An {@code <xhtml:link rel="alternate">}: the same page in another language ({@code hreflang}), or the one for
     * readers whose language none serves ({@code x-default}).
     */
    record Alternate(String hreflang, String href) {
    }
}
