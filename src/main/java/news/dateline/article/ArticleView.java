package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.tag.TagSummary;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.representation.Translated;
import news.dateline.web.representation.View;

/**
 * One article as the API returns it: every field, its body in the forms asked for, its tags, its people and its public
 * notes ({@code corrections}, newest first), and its other language versions ({@code translations}, by language).
 * The fields run in the order of {@link ArticleSummary}'s, bodies, links, notes and versions last, so that a stored
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
        List<TagSummary> tags, List<PersonInArticle> people, List<CorrectionView> corrections,
        List<TranslationLink> translations)
        implements View, SurrogateKeyed, Translated {

    /** The article with its other language versions, as {@link Translations} lists them for the caller. */
    static ArticleView of(Article a, Set<ArticleFormat> formats, List<TranslationLink> translations) {
        return of(a, formats, a.getTags().stream().map(t -> TagSummary.of(t.getTag(), a.getLanguage())).toList(),
                a.getPeople().stream().map(p -> PersonInArticle.of(p, a.getLanguage())).toList(), translations);
    }

    /** The article with the tags, people and versions given, as read apart from its entity. */
    static ArticleView of(Article a, Set<ArticleFormat> formats, List<TagSummary> tags, List<PersonInArticle> people,
            List<TranslationLink> translations) {
        return new ArticleView(a.getId(), a.getSlug(), a.getTitle(), a.getSubtitle(), a.getExcerpt(),
                a.getLanguage(), a.getStatus(), a.getPublishAt(), a.getPublishedAt(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getContentUpdatedAt(), a.getDatelinePlace(), a.getFeaturedImage(),
                a.getCanonicalUrl(), a.getReadingTimeMinutes(), a.getWordCount(), a.getVersion(),
                ArticleBodies.markdown(a, formats), ArticleBodies.html(a, formats), ArticleBodies.text(a, formats),
                tags, people, a.getCorrections().stream().map(CorrectionView::of).toList(), translations);
    }

    /** This view as readers get it once published: the status, the dates and the version the publication sets. */
    ArticleView published(Instant publishedAt, Instant updatedAt, long version) {
        return new ArticleView(id, slug, title, subtitle, excerpt, language, ArticleStatus.PUBLISHED, publishAt,
                publishedAt, createdAt, updatedAt, contentUpdatedAt, datelinePlace, featuredImage, canonicalUrl,
                readingTimeMinutes, wordCount, version, body, bodyHtml, bodyText, tags, people, corrections,
                translations);
    }

    /** The published versions, as the answer's {@code Link} header lists them; null when there is none. */
    @Override
    public String alternates() {
        String links = translations.stream().filter(TranslationLink::published).map(TranslationLink::linkHeader)
                .collect(Collectors.joining(", "));
        return links.isEmpty() ? null : links;
    }

    @Override
    public Stream<String> surrogateKeys() {
        return ArticleSurrogateKeys.of(id, tags, people);
    }
}
