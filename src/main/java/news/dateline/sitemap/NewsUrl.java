package news.dateline.sitemap;

import java.time.Instant;

/**
 * One {@code <url>} of the Google News sitemap: a recently published article.
 *
 * @param language    the article's language as Google News names it (news.dateline.sitemap.NewsLanguage)
 */
record NewsUrl(String loc, Instant lastmod, String title, String language, Instant publishedAt) {
}
