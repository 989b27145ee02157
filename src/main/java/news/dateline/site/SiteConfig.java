package news.dateline.site;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The public site the newsroom publishes on ({@code DATELINE_SITE_…}): feeds, sitemaps and JSON-LD link to it.
 * Where readers find what the API serves. Dateline has no web pages of its own: an article's public address is its
 * {@code canonicalUrl} when it has one, else the base URL followed by {@code /articles/{slug}} (tags:
 * {@code /tags/{slug}}, people: {@code /people/{slug}}), news.dateline.site.PublicUrls.
 */
@ConfigMapping(prefix = "dateline.site")
public interface SiteConfig {

    /** The site's absolute base URL, without a trailing slash ({@code https://news.example.org}). */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The publication's name, as feeds and the Google News sitemap show it. */
    @WithDefault("Dateline")
    String name();

    /** The publication's language (BCP 47), for feeds and the Google News sitemap. */
    @WithDefault("en")
    String language();
}
