package news.dateline.article;

import java.util.Locale;

/**
 * What a public note on a published article says: that something was wrong ({@code correction}), misleading
 * ({@code clarification}), or that the story moved on ({@code update}).
 */
public enum CorrectionKind {
    CORRECTION, CLARIFICATION, UPDATE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
