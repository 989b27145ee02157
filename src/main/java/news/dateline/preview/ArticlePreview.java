package news.dateline.preview;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import news.dateline.auth.Writer;
import org.hibernate.annotations.UuidGenerator;

/** A preview link of one article (or one of its revisions): the digest of its token, never the token. */
@Entity
@Table(name = "article_preview")
public class ArticlePreview {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private UUID articleId;
    private String tokenSha256;
    private Long revision;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private UUID keyId;
    private String keyName;

    protected ArticlePreview() {
    }

    ArticlePreview(UUID articleId, String tokenSha256, Long revision, Instant now, Instant expiresAt, Writer by) {
        this.articleId = articleId;
        this.tokenSha256 = tokenSha256;
        this.revision = revision;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.keyId = by.keyId();
        this.keyName = by.keyName();
    }

    /** Revoking twice keeps the first time. */
    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getArticleId() {
        return articleId;
    }

    Long getRevision() {
        return revision;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Writer getCreatedBy() {
        return new Writer(keyId, keyName);
    }
}
