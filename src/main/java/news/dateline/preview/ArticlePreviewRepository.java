package news.dateline.preview;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over preview links; "live" means neither revoked nor expired at the instant given. */
@ApplicationScoped
class ArticlePreviewRepository implements PanacheRepositoryBase<ArticlePreview, UUID> {

    private static final String LIVE = "revokedAt is null and expiresAt > ?2";

    /**
     * The live link whose token has this digest: one index lookup, and the same statement whether the link is
     * unknown, expired or revoked, so none of them answers faster than another.
     */
    Optional<ArticlePreview> findLive(String tokenSha256, Instant now) {
        return find("tokenSha256 = ?1 and " + LIVE, tokenSha256, now).firstResultOptional();
    }

    /** The article's live links, newest first, at most {@code limit}. */
    List<ArticlePreview> live(UUID articleId, Instant now, int limit) {
        return find("articleId = ?1 and " + LIVE + " order by createdAt desc, id desc", articleId, now)
                .page(Page.ofSize(limit)).list();
    }

    long countLive(UUID articleId, Instant now) {
        return count("articleId = ?1 and " + LIVE, articleId, now);
    }

    /** One of the article's links, live or not. */
    Optional<ArticlePreview> findOf(UUID articleId, UUID id) {
        return find("id = ?1 and articleId = ?2", id, articleId).firstResultOptional();
    }
}
