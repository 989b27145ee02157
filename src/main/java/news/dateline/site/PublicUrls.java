package news.dateline.site;

import jakarta.inject.Singleton;
import java.net.URI;

/**
 * The absolute addresses readers find content at on the newsroom's public site (SiteConfig), for feeds,
 * sitemaps and JSON-LD: an article's {@code canonicalUrl} when it has one, else one built from the site's base URL.
 */
@Singleton
public class PublicUrls {

    private final String base;

    PublicUrls(SiteConfig config) {
        String configured = config.baseUrl().strip();
        URI uri = URI.create(configured);
        if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("dateline.site.base-url must be an absolute http(s) URL, not '"
                    + configured + "'");
        }
        this.base = configured.replaceAll("/+$", "");
    }

    /** The site's base URL, without a trailing slash. */
    public String base() {
        return base;
    }

    /** Where readers read the article: its canonical URL if set, else {@code <base>/articles/<slug>}. */
    public String article(String slug, String canonicalUrl) {
        return canonicalUrl != null && !canonicalUrl.isBlank() ? canonicalUrl : base + "/articles/" + slug;
    }

    public String tag(String slug) {
        return base + "/tags/" + slug;
    }

    public String person(String slug) {
        return base + "/people/" + slug;
    }
}
