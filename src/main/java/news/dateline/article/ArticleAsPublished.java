package news.dateline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import news.dateline.catalogue.ResourceKind;
import news.dateline.content.MarkdownRenderer;
import news.dateline.content.RenderedBody;
import news.dateline.revision.Revision;
import news.dateline.revision.Revisions;
import news.dateline.web.Json;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.representation.ETags;
import news.dateline.web.representation.Rendered;

/**
 * An article, or one of its revisions, as readers will get it once published: the view its stored document is
 * rendered from ({@link ArticleDocument#render}), serialised the same way, with what the publication sets (status,
 * {@code publishedAt}, {@code updatedAt}, the version). For preview links; runs in its caller's transaction.
 */
@Singleton
public class ArticleAsPublished {

    private final ArticleRepository articles;
    private final Revisions revisions;
    private final MarkdownRenderer renderer;
    private final ObjectMapper mapper;
    private final Translations translations;

    ArticleAsPublished(ArticleRepository articles, Revisions revisions, MarkdownRenderer renderer,
            ObjectMapper mapper, Translations translations) {
        this.articles = articles;
        this.revisions = revisions;
        this.renderer = renderer;
        this.mapper = mapper;
        this.translations = translations;
    }

    /** The id of the article {@code ref} names, whatever its status (a 404 problem when none does). */
    public UUID idOf(String ref) {
        return articles.findByRef(ref).map(Article::getId)
                .orElseThrow(() -> ProblemException.notFound(ResourceKind.ARTICLE.wire(), ref));
    }

    /** Whether the article keeps revision {@code number} (retention may have dropped an unpublished edit). */
    public boolean hasRevision(UUID id, long number) {
        return revisions.find(ResourceKind.ARTICLE, id, number).isPresent();
    }

    /**
     * The article as its next write would publish it {@code now}, or, with a revision number, that revision as
     * readers got it (or would have): none when the article or the revision is gone.
     */
    public Optional<Rendered> render(UUID id, Long revision, Instant now) {
        Optional<Article> article = articles.findByIdOptional(id);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        if (revision == null) {
            return Optional.of(rendered(current(article.get(), now)));
        }
        return revisions.find(ResourceKind.ARTICLE, id, revision)
                .map(kept -> rendered(ofRevision(article.get(), kept, now)));
    }

    /**
     * A published article as it stands; any other as publishing it now would make it: {@code publishedAt} as
     * {@link Article#moveTo} fixes it, the next version, and the time of publication (a scheduled one's is its
     * {@code publishAt}).
     */
    private ArticleView current(Article article, Instant now) {
        ArticleView view = ArticleView.of(article, ArticleDocument.FORMATS, translations.of(article, false));
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            return view;
        }
        Instant publishAt = article.getPublishAt();
        Instant publishedAt = Objects.requireNonNullElse(article.getPublishedAt(),
                Objects.requireNonNullElse(publishAt, now));
        Instant at = publishAt != null && publishAt.isAfter(now) ? publishAt : now;
        return view.published(publishedAt, at, article.getVersion() + 1);
    }

    /**
     * A revision's snapshot rendered as its article's document would be, with the revision's number as version and
     * its time as {@code updatedAt}: for a revision readers saw, the very bytes (and ETag) they got.
     */
    private ArticleView ofRevision(Article article, Revision revision, Instant now) {
        ArticleSnapshot s = mapper.convertValue(revision.snapshot(), ArticleSnapshot.class);
        RenderedBody body = renderer.render(Objects.requireNonNullElse(s.body(), ""));
        String excerpt = s.excerpt() != null ? s.excerpt()
                : MarkdownRenderer.excerpt(body.text(), ArticleWriteService.EXCERPT_LENGTH);
        Instant publishedAt = s.publishedAt() != null ? s.publishedAt()
                : Objects.requireNonNullElse(article.getPublishedAt(), Objects.requireNonNullElse(s.publishAt(), now));
        return new ArticleView(article.getId(), s.slug(), s.title(), s.subtitle(), excerpt, s.language(),
                ArticleStatus.PUBLISHED, s.publishAt(), publishedAt, article.getCreatedAt(), revision.madeAt(),
                s.contentUpdatedAt(), s.datelinePlace(), s.featuredImage(), s.canonicalUrl(), body.readingTimeMinutes(),
                body.wordCount(), revision.number(), null, body.html(), null, s.tags(), s.people(),
                Objects.requireNonNullElse(s.corrections(), List.of()),
                Objects.requireNonNullElse(s.translations(), List.of()));
    }

    private Rendered rendered(ArticleView view) {
        String json = Json.string(mapper, view);
        return new Rendered(json, ETags.of(view.version(), json.getBytes(StandardCharsets.UTF_8)), view.updatedAt(),
                null, view.language(), view.alternates());
    }
}
