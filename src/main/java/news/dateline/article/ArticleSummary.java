package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.tag.TagSummary;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.paging.Listed;

/**
 * An article in a list: the fields of {@link ArticleView} without the body, tags and people unless they were asked
 * for ({@code include=}; the body in the forms of {@link ArticleFormat}), and a {@code highlight} of the hits when
 * the list was a search. The parts come last, so that a stored {@link ArticleDocument} appends only those asked for.
 */
public record ArticleSummary(UUID id, String slug, String title, String subtitle, String excerpt, String language,
        ArticleStatus status, Instant publishAt, Instant publishedAt, Instant createdAt, Instant updatedAt,
        Instant contentUpdatedAt, String datelinePlace, FeaturedImage featuredImage, String canonicalUrl,
        int readingTimeMinutes, int wordCount,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) String highlight,
        @JsonInclude(JsonInclude.Include.NON_NULL) String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyHtml,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bodyText,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TagSummary> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PersonInArticle> people) implements SurrogateKeyed, Listed {

    /** @param highlight HTML-safe text with the search hits in {@code <mark>}, or null outside a search */
    static ArticleSummary of(Article a, Set<ArticlePart> parts, Set<ArticleFormat> formats, String highlight) {
        Set<ArticleFormat> bodies = parts.contains(ArticlePart.BODY) ? formats : Set.of();
        return new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(), a.getSubtitle(), a.getExcerpt(),
                a.getLanguage(), a.getStatus(), a.getPublishAt(), a.getPublishedAt(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getContentUpdatedAt(), a.getDatelinePlace(), a.getFeaturedImage(),
                a.getCanonicalUrl(), a.getReadingTimeMinutes(), a.getWordCount(), a.getVersion(), highlight,
                ArticleBodies.markdown(a, bodies), ArticleBodies.html(a, bodies), ArticleBodies.text(a, bodies),
                parts.contains(ArticlePart.TAGS)
                        ? a.getTags().stream().map(t -> TagSummary.of(t.getTag(), a.getLanguage())).toList() : null,
                parts.contains(ArticlePart.PEOPLE)
                        ? a.getPeople().stream().map(p -> PersonInArticle.of(p, a.getLanguage())).toList() : null);
    }

    @Override
    public Stream<String> surrogateKeys() {
        return ArticleSurrogateKeys.of(id, tags, people);
    }
}
