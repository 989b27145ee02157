package news.dateline.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import news.dateline.tag.Tag;

/** A tag on an article, at a position: position 0 is the article's primary tag. */
@Entity
@Table(name = "article_tag")
public class ArticleTag {

    @EmbeddedId
    private Key id = new Key();

    @MapsId("articleId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @MapsId("tagId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tag_id")
    private Tag tag;

    private int position;

    protected ArticleTag() {
    }

    ArticleTag(Article article, Tag tag, int position) {
        this.article = article;
        this.tag = tag;
        this.position = position;
    }

    public Tag getTag() {
        return tag;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The row's identity: one tag once per article. */
    @Embeddable
    public static class Key implements Serializable {
        private UUID articleId;
        private UUID tagId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(tagId, k.tagId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, tagId);
        }
    }
}
