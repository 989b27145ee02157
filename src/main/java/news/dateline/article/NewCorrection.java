package news.dateline.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST /api/v1/articles/{ref}/corrections}: a public note's kind, its Markdown, and when it was
 * made ({@code at}: now when absent; never in the future, nor before the article's first publication).
 */
public record NewCorrection(@NotNull CorrectionKind kind, @NotBlank @Size(max = NewCorrection.MAX_TEXT) String text,
        Instant at) {

    /** A note is a sentence or a short paragraph, not a second article. */
    static final int MAX_TEXT = 2000;
}
