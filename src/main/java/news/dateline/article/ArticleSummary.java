package news.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.tag.TagSummary;

/** An article as a list item: everything but the body, which a list seldom needs and which dwarfs the rest. */
public record ArticleSummary(UUID id, String slug, String title, String subtitle, String excerpt, String language,
        ArticleStatus status, Instant publishAt, Instant publishedAt, Instant createdAt, Instant updatedAt,
        String datelinePlace, FeaturedImage featuredImage, String canonicalUrl, int readingTimeMinutes,
        int wordCount, List<TagSummary> tags, List<PersonInArticle> people, long version) {

    static ArticleSummary of(Article a) {
        return new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(), a.getSubtitle(), a.getExcerpt(),
                a.getLanguage(), a.getStatus(), a.getPublishAt(), a.getPublishedAt(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getDatelinePlace(), a.getFeaturedImage(), a.getCanonicalUrl(),
                a.getReadingTimeMinutes(), a.getWordCount(), ArticleView.tagsOf(a), ArticleView.peopleOf(a),
                a.getVersion());
    }
}
