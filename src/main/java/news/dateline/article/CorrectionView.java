package news.dateline.article;

import java.time.Instant;
import java.util.UUID;

/**
 * A public note as readers get it, in an article's {@code corrections} and as the answer to adding one.
 *
 * @param text its Markdown, as the editor wrote it
 * @param html the sanitised HTML made from it
 * @param at   when it was made
 */
public record CorrectionView(UUID id, CorrectionKind kind, String text, String html, Instant at) {

    static CorrectionView of(Correction c) {
        return new CorrectionView(c.getId(), c.getKind(), c.getMarkdown(), c.getHtml(), c.getNotedAt());
    }
}
