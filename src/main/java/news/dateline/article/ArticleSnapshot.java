package news.dateline.article;

import java.time.Instant;
import java.util.List;
import news.dateline.tag.TagSummary;

/**
 * What an article's revision keeps: its writable fields as they were after the write, its tags and its people with
 * their roles (by id, slug and name then), its featured image, and where it stood in the workflow. A restore writes
 * it back ({@link #restoring}).
 *
 * @param excerpt     the excerpt the editor gave; null when it was made from the body
 * @param body        the body's Markdown
 * @param corrections the public notes readers saw with it, newest first: kept for the record, never restored (a note
 *                    is a public statement, and a restore is an edit like any other)
 * @param translations the other language versions readers saw listed with it: for the record too, never restored
 *                    (a revision keeps what was written, not who else tells the story)
 */
public record ArticleSnapshot(String slug, String title, String subtitle, String excerpt, String body,
        String language, ArticleStatus status, Instant publishAt, Instant publishedAt, String datelinePlace,
        FeaturedImage featuredImage, String canonicalUrl, List<TagSummary> tags, List<PersonInArticle> people,
        Instant contentUpdatedAt, List<CorrectionView> corrections, List<TranslationLink> translations) {

    /** The fields whose changes a diff also shows word by word, as track changes. */
    static final List<String> TEXT_FIELDS = List.of("title", "subtitle", "excerpt", "body");

    /** The article as written, with the other versions readers saw listed beside it then (null before V19). */
    static ArticleSnapshot of(Article a, List<TranslationLink> translations) {
        return new ArticleSnapshot(a.getSlug(), a.getTitle(), a.getSubtitle(),
                a.isExcerptGiven() ? a.getExcerpt() : null, a.getBodyMarkdown(), a.getLanguage(), a.getStatus(),
                a.getPublishAt(), a.getPublishedAt(), a.getDatelinePlace(), a.getFeaturedImage(), a.getCanonicalUrl(),
                a.getTags().stream().map(t -> TagSummary.of(t.getTag())).toList(),
                a.getPeople().stream().map(PersonInArticle::of).toList(), a.getContentUpdatedAt(),
                a.getCorrections().stream().map(CorrectionView::of).toList(), translations);
    }

    /**
     * This revision's content as a write of the article as it now stands: everything the editor wrote comes back
     * (tags and people by id, which outlive a renamed slug), while its place in the workflow (status, publishAt) stays
     * where it is now, so that restoring the text of a published article keeps it published. So does its translation
     * group ({@code translationOf}, as its current form names it): a revision keeps what was written, not who else
     * tells the story.
     */
    NewArticle restoring(Article current, String translationOf) {
        return new NewArticle(slug, title, subtitle, excerpt, body, language, current.getStatus(),
                current.getPublishAt(), datelinePlace, featuredImage, canonicalUrl,
                tags.stream().map(tag -> tag.id().toString()).toList(),
                people.stream().map(person -> new PersonLink(person.id().toString(), person.role())).toList(),
                translationOf, null);
    }
}
