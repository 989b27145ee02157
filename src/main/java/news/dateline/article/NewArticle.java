package news.dateline.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import news.dateline.content.Slugs;
import news.dateline.web.input.WebUrl;

/**
 * The writable fields of an article: the body of POST and PUT, and the document a PATCH merges into.
 * {@code tags} and {@code people[].person} name tags and people by id or slug. {@code contentUpdated} is no field of
 * the article but what the editor says of this write: true, on a published article, makes its time the article's
 * {@code contentUpdatedAt} (what readers see as "Updated"); a write that does not say so leaves that date alone.
 * {@code translationOf} names, by id or slug, an article of the translation group this one is in or joins; null
 * leaves the group.
 */
public record NewArticle(
        @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters, digits and single hyphens")
        @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 500) String subtitle,
        @Size(max = 1000) String excerpt,
        @Size(max = 200_000) String body,
        @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a BCP 47 language tag such as en or pt-BR")
        @Size(max = 35) String language,
        ArticleStatus status,
        Instant publishAt,
        @Size(max = 200) String datelinePlace,
        @Valid FeaturedImage featuredImage,
        @WebUrl String canonicalUrl,
        @Size(max = 50) List<@NotBlank @Size(max = 120) String> tags,
        @Size(max = 100) List<@NotNull @Valid PersonLink> people,
        @Size(max = 120) String translationOf,
        Boolean contentUpdated) {

    /** The article's writable form; {@code translationOf} names another version of its group, if it has one. */
    static NewArticle of(Article a, String translationOf) {
        return new NewArticle(a.getSlug(), a.getTitle(), a.getSubtitle(), a.isExcerptGiven() ? a.getExcerpt() : null,
                a.getBodyMarkdown(), a.getLanguage(), a.getStatus(), a.getPublishAt(), a.getDatelinePlace(),
                a.getFeaturedImage(), a.getCanonicalUrl(),
                a.getTags().stream().map(t -> t.getTag().getSlug()).toList(),
                a.getPeople().stream().map(p -> new PersonLink(p.getPerson().getSlug(), p.getRole())).toList(),
                translationOf, null);
    }
}
