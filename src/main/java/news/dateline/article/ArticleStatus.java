package news.dateline.article;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an article is in its life: only {@code published} ones are visible without a key. A draft is scheduled or
 * published; a scheduled article publishes itself at its time, or goes back to draft or out at once; a published
 * article is archived or goes back to draft (unpublished); an archived one is published again or goes back to draft.
 */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    /** Where an article may go from here in one write (staying is always allowed). */
    Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT, SCHEDULED -> EnumSet.of(DRAFT, SCHEDULED, PUBLISHED);
            case PUBLISHED, ARCHIVED -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
