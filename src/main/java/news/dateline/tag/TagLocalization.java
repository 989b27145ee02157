package news.dateline.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import news.dateline.language.Localizations;

/**
 * A tag's fields in one language other than the base ("OSBE" for OSCE in Albanian), each optional: a field left out
 * falls back as the whole tag would. The limits are the base fields'.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagLocalization(
        @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) {

    TagLocalization tidy() {
        return new TagLocalization(Localizations.text(name), Localizations.text(description),
                Localizations.texts(aliases));
    }

    boolean isEmpty() {
        return name == null && description == null && aliases == null;
    }
}
