package news.dateline.key;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The body of {@code POST /api/v1/keys}: what the key is for and what it may do. */
public record NewKey(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty Set<@NotNull Scope> scopes) {
}
