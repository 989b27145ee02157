package news.dateline.sitemap;

import java.util.Locale;

/** The paged sitemaps, one per kind of public page: what their files are called and which collection they list. */
public enum SitemapKind {
    ARTICLES, TAGS, PEOPLE;

    /** {@code articles}, {@code tags}, {@code people}: how its file names start, and its collection's surrogate key. */
    public String collection() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The path of one page of this sitemap, such as {@code /sitemaps/articles-1.xml}. */
    String path(int page) {
        return "/sitemaps/" + collection() + "-" + page + ".xml";
    }
}
