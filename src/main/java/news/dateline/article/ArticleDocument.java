package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.tag.TagSummary;
import news.dateline.web.Json;
import news.dateline.web.paging.Listed;
import news.dateline.web.representation.ETags;
import news.dateline.web.representation.Rendered;

/**
 * A published article as readers get it, rendered once when it changes: JSON fragments that the single view and every
 * list item are assembled from, byte for byte what {@link ArticleView} and {@link ArticleSummary} serialise to.
 *
 * @param etag          the single view's strong ETag
 * @param surrogateKeys the keys of what the article shows: itself, its tags and its people, space-separated
 * @param head          the fields every list item has, without the object's closing brace
 * @param bodyHtml      {@code ,"bodyHtml":"…"}
 * @param tags          {@code ,"tags":[…]}
 * @param people        {@code ,"people":[…]}
 * @param corrections   {@code ,"corrections":[…]}: only in the single view
 * @param translations  {@code ,"translations":[…]}: only in the single view
 * @param language      the article's language, which the single view's {@code Content-Language} says
 * @param alternates    the single view's {@code Link} header, naming its published translations; null when none
 */
record ArticleDocument(UUID id, String slug, String etag, Instant updatedAt, String surrogateKeys,
        String head, String bodyHtml, String tags, String people, String corrections, String translations,
        String language, String alternates) {

    /** The only body form stored: the one readers without a key get by default. */
    static final Set<ArticleFormat> FORMATS = EnumSet.of(ArticleFormat.HTML);

    /**
     * Renders a published article with the tags, people and published translations given (read afresh, not from the
     * session).
     */
    static ArticleDocument render(Article article, List<TagSummary> tags, List<PersonInArticle> people,
            List<TranslationLink> translations, ObjectMapper mapper) {
        ArticleView view = ArticleView.of(article, FORMATS, tags, people, translations);
        String whole = Json.string(mapper, view);
        String summary = Json.string(mapper, ArticleSummary.of(article, Set.of(), FORMATS, null));
        ArticleDocument document = new ArticleDocument(view.id(), view.slug(),
                ETags.of(view.version(), whole.getBytes(StandardCharsets.UTF_8)), view.updatedAt(),
                view.surrogateKeys().collect(Collectors.joining(" ")),
                summary.substring(0, summary.length() - 1), ",\"bodyHtml\":" + Json.string(mapper, view.bodyHtml()),
                ",\"tags\":" + Json.string(mapper, tags), ",\"people\":" + Json.string(mapper, people),
                ",\"corrections\":" + Json.string(mapper, view.corrections()),
                ",\"translations\":" + Json.string(mapper, view.translations()), view.language(), view.alternates());
        // The fragments rely on the field order of both records: a change there must not go unnoticed.
        if (!document.view().json().equals(whole)) {
            throw new IllegalStateException("An article's stored fragments do not make up its view: " + whole);
        }
        return document;
    }

    /** The single view, as {@code GET /api/v1/articles/{ref}} sends it to readers. */
    public Rendered view() {
        return new Rendered(head + bodyHtml + tags + people + corrections + translations + '}', etag, updatedAt,
                surrogateKeys, language, alternates);
    }

    /** The article as a list item with the parts asked for ({@code include=}). */
    Item item(Set<ArticlePart> parts) {
        String json = head + (parts.contains(ArticlePart.BODY) ? bodyHtml : "")
                + (parts.contains(ArticlePart.TAGS) ? tags : "") + (parts.contains(ArticlePart.PEOPLE) ? people : "")
                + '}';
        // A list item shows the article, and its tags and people only when they are in it.
        Stream<String> keys = Arrays.stream(surrogateKeys.split(" ")).filter(key -> key.startsWith("article:")
                || key.startsWith("tag:") && parts.contains(ArticlePart.TAGS)
                || key.startsWith("person:") && parts.contains(ArticlePart.PEOPLE));
        return new Item(new RawValue(json), updatedAt, keys.toList());
    }

    /** A list item written as it was stored. */
    record Item(@JsonValue RawValue json, Instant updatedAt, List<String> keys) implements Listed {

        @Override
        public Stream<String> surrogateKeys() {
            return keys.stream();
        }
    }
}
