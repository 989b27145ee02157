package news.dateline.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import news.dateline.content.RenderedBody;
import org.hibernate.annotations.UuidGenerator;

/** A public note on a published article (migration V17): its kind, its Markdown and the HTML made from it, its time. */
@Entity
@Table(name = "article_correction")
public class Correction {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @Enumerated(EnumType.STRING)
    private CorrectionKind kind;

    private String markdown;
    private String html;
    private Instant notedAt;

    protected Correction() {
    }

    Correction(Article article, CorrectionKind kind, String markdown, RenderedBody rendered, Instant notedAt) {
        this.article = article;
        this.kind = kind;
        this.markdown = markdown;
        this.html = rendered.html();
        this.notedAt = notedAt;
    }

    public UUID getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public CorrectionKind getKind() {
        return kind;
    }

    public String getMarkdown() {
        return markdown;
    }

    public String getHtml() {
        return html;
    }

    public Instant getNotedAt() {
        return notedAt;
    }
}
