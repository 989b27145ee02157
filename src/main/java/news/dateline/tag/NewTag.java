package news.dateline.tag;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import news.dateline.language.LanguageTag;
import news.dateline.language.Localizations;
import news.dateline.content.Slugs;

/** The writable fields of a tag: the body of POST and PUT, and the document a PATCH merges into. */
public record NewTag(
        @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters, digits and single hyphens")
        @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        TagKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = Localizations.MAX_LANGUAGES)
        Map<@LanguageTag String, @Valid TagLocalization> localizations) {

    static NewTag of(Tag tag) {
        return new NewTag(tag.getSlug(), tag.getName(), tag.getDescription(), tag.getKind(), tag.getAliases(),
                tag.getLocalizations());
    }
}
