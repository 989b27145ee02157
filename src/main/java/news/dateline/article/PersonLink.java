package news.dateline.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** In a write: link the person with this id or slug to the article, in this role. */
public record PersonLink(@NotBlank @Size(max = 120) String person, @NotNull PersonRole role) {
}
