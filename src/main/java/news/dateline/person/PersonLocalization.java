package news.dateline.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.dateline.language.Localizations;

/**
 * A person's fields in one language other than the base, each optional (a name usually stays as it is; the title
 * "Ministri i Jashtëm i Rusisë" changes): a field left out falls back as the whole person would. The limits are the
 * base fields'.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonLocalization(
        @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Size(max = 5000) String bio,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) {

    PersonLocalization tidy() {
        return new PersonLocalization(Localizations.text(name), Localizations.text(title), Localizations.text(bio),
                Localizations.texts(aliases));
    }

    boolean isEmpty() {
        return name == null && title == null && bio == null && aliases == null;
    }
}
