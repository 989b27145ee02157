package news.dateline.preview;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import news.dateline.article.ArticleAsPublished;
import news.dateline.auth.Writers;
import news.dateline.web.input.Refs;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.representation.Rendered;

/**
 * Preview links: minted for an article by an editor, listed and revoked by editors, read by whoever holds the token
 * until it expires. A link changes nothing about the article: it is no write, so it makes no revision, no change-log
 * row, no purge, and nothing that follows the change log (lists, search, feeds, sitemaps, the change stream,
 * webhooks) ever hears of it.
 */
@Singleton
public class PreviewService {

    /** The most live links one article may have: enough for any newsroom, and the editors' list needs no paging. */
    static final int MOST_LIVE = 100;
    private static final String GONE = "No preview at this address: it never existed, has expired or was revoked";

    private final ArticlePreviewRepository previews;
    private final ArticleAsPublished articles;
    private final Writers writers;
    private final Clock clock;

    PreviewService(ArticlePreviewRepository previews, ArticleAsPublished articles, Writers writers, Clock clock) {
        this.previews = previews;
        this.articles = articles;
        this.writers = writers;
        this.clock = clock;
    }

    /** Mints a link to the article (or one revision of it); {@code base} is the absolute address links live under. */
    @Transactional
    public MintedPreview mint(String ref, NewPreview body, URI base) {
        UUID article = articles.idOf(ref);
        if (body.revision() != null && !articles.hasRevision(article, body.revision())) {
            throw ProblemException.invalid(List.of(new FieldError("revision",
                    "article '" + ref + "' has no revision " + body.revision())));
        }
        Instant now = now();
        if (previews.countLive(article, now) >= MOST_LIVE) {
            throw new ProblemException(ProblemKind.VALIDATION_FAILED, "Article '" + ref + "' has " + MOST_LIVE
                    + " live preview links, the most it may have: revoke one first");
        }
        String token = PreviewTokens.generate();
        ArticlePreview preview = new ArticlePreview(article, PreviewTokens.digest(token), body.revision(), now,
                now.plus(body.ttl()), writers.current());
        previews.persist(preview);
        return new MintedPreview(preview.getId(), base.resolve(token), token, preview.getRevision(),
                preview.getCreatedAt(), preview.getExpiresAt());
    }

    /** The article's live links, newest first. */
    @Transactional
    public List<PreviewView> live(String ref) {
        return previews.live(articles.idOf(ref), now(), MOST_LIVE).stream().map(PreviewView::of).toList();
    }

    /** Revokes one of the article's links for good; revoking a dead one changes nothing. */
    @Transactional
    public void revoke(String ref, String id) {
        UUID article = articles.idOf(ref);
        Refs.asId(id).flatMap(preview -> previews.findOf(article, preview))
                .orElseThrow(() -> ProblemException.notFound("preview", id))
                .revoke(now());
    }

    /**
     * What a token shows now: the article as it will be published (or the revision it names). Anything but a live
     * token is the same 404: one that cannot be a token is refused before any lookup (its shape says nothing about
     * the tokens issued), and every other is one index lookup of its digest, whatever it finds.
     */
    @Transactional
    public Rendered read(String token) {
        if (!PreviewTokens.wellFormed(token)) {
            throw new ProblemException(ProblemKind.NOT_FOUND, GONE);
        }
        Instant now = now();
        ArticlePreview preview = previews.findLive(PreviewTokens.digest(token), now)
                .orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND, GONE));
        return articles.render(preview.getArticleId(), preview.getRevision(), now)
                .orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND, GONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
