package news.dateline.article;

import java.util.Locale;

/** Where an article is in its life: only {@code published} ones are visible without a key. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
