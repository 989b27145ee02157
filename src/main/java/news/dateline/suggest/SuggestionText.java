package news.dateline.suggest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import news.dateline.language.LanguageTag;

/**
 * The body of {@code POST /api/v1/suggestions}: a text as an editor is writing it, not an article. The limits are an
 * article's ({@code article/NewArticle}): any body an article may have can be asked about.
 *
 * @param language the text's BCP 47 language, when known: names localised in another language count a little less
 */
public record SuggestionText(
        @Size(max = 300) String title,
        @NotNull @Size(max = 200_000) String body,
        @LanguageTag @Size(max = 35) String language) {
}
