package news.dateline.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.tag.TagSummary;
import news.dateline.web.View;

/** An article as the API returns it on its own: everything, the body in all three forms included. */
public record ArticleView(UUID id, String slug, String title, String subtitle, String excerpt, String body,
        String bodyHtml, String bodyText, String language, ArticleStatus status, Instant publishAt,
        Instant publishedAt, Instant createdAt, Instant updatedAt, String datelinePlace, FeaturedImage featuredImage,
        String canonicalUrl, int readingTimeMinutes, int wordCount, List<TagSummary> tags,
        List<PersonInArticle> people, long version) implements View {

    static ArticleView of(Article a) {
        return new ArticleView(a.getId(), a.getSlug(), a.getTitle(), a.getSubtitle(), a.getExcerpt(),
                a.getBodyMarkdown(), a.getBodyHtml(), a.getBodyText(), a.getLanguage(), a.getStatus(),
                a.getPublishAt(), a.getPublishedAt(), a.getCreatedAt(), a.getUpdatedAt(), a.getDatelinePlace(),
                a.getFeaturedImage(), a.getCanonicalUrl(), a.getReadingTimeMinutes(), a.getWordCount(),
                tagsOf(a), peopleOf(a), a.getVersion());
    }

    static List<TagSummary> tagsOf(Article a) {
        return a.getTags().stream().map(t -> TagSummary.of(t.getTag())).toList();
    }

    static List<PersonInArticle> peopleOf(Article a) {
        return a.getPeople().stream().map(PersonInArticle::of).toList();
    }
}
