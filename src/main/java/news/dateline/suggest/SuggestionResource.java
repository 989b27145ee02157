package news.dateline.suggest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.dateline.auth.Roles;

/**
 * HTTP for {@code POST /api/v1/suggestions}: the tags and people a text names, for editors ({@code content:write}).
 * A computation, not a resource: nothing is stored, so the answer is a plain 200 that no cache may keep.
 */
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    private final SuggestionService suggestions;

    SuggestionResource(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response suggest(@NotNull @Valid SuggestionText body) {
        return Response.ok(suggestions.suggest(body)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
