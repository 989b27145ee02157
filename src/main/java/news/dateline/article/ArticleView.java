package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.tag.TagSummary;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.representation.View;

/**
 * One article as the API returns it: every field, its body in the forms asked for, its tags, its people and its public
 * notes ({@code corrections}, newest first). The fields run in the order of {@link ArticleSummary}'s, bodies, links and
 * notes last, so that a stored
 * {@link ArticleDocument} can assemble both from the same fragments.
 */
public record ArticleView(UUID id, String slug, String title, String subtitle, String excerpt, String language,
        ArticleStatus status, Instant publishAt, Instant publishedAt, Instant createdAt, Instant updatedAt,
        Instant contentUpdatedAt, String datelinePlace, FeaturedImage featuredImage, String canonicalUrl,
        int readingTimeMinutes, int wordCount,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyHtml,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyText,
        List<TagSummary> tags, List<PersonInArticle> people, List<CorrectionView> corrections)
        implements View, SurrogateKeyed {

    static ArticleView of(Article a, Set<ArticleFormat> formats) {
        return of(a, formats, a.getTags().stream().map(t -> TagSummary.of(t.getTag(), a.getLanguage())).toList(),
                a.getPeople().stream().map(p -> PersonInArticle.of(p, a.getLanguage())).toList());
    }

    /** The article with the tags and people given, as read apart from its entity. */
    static ArticleView of(Article a, Set<ArticleFormat> formats, List<TagSummary> tags, List<PersonInArticle> people) {
        return new ArticleView(a.getId(), a.getSlug(), a.getTitle(), a.getSubtitle(), a.getExcerpt(),
                a.getLanguage(), a.getStatus(), a.getPublishAt(), a.getPublishedAt(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getContentUpdatedAt(), a.getDatelinePlace(), a.getFeaturedImage(),
                a.getCanonicalUrl(), a.getReadingTimeMinutes(), a.getWordCount(), a.getVersion(),
                ArticleBodies.markdown(a, formats), ArticleBodies.html(a, formats), ArticleBodies.text(a, formats),
                tags, people, a.getCorrections().stream().map(CorrectionView::of).toList());
    }

    /** This view as readers get it once published: the status, the dates and the version the publication sets. */
    ArticleView published(Instant publishedAt, Instant updatedAt, long version) {
        return new ArticleView(id, slug, title, subtitle, excerpt, language, ArticleStatus.PUBLISHED, publishAt,
                publishedAt, createdAt, updatedAt, contentUpdatedAt, datelinePlace, featuredImage, canonicalUrl,
                readingTimeMinutes, wordCount, version, body, bodyHtml, bodyText, tags, people, corrections);
    }

    @Override
    public Stream<String> surrogateKeys() {
        return ArticleSurrogateKeys.of(id, tags, people);
    }
}
