package news.dateline.key;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import news.dateline.auth.Roles;
import news.dateline.web.problem.Problem;

/**
 * HTTP for {@code /api/v1/keys}: making, listing and revoking API keys, all with scope {@code admin}. A new key's
 * secret is in the answer to its {@code POST} and never again. Nothing here may be stored by any cache.
 */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KeyResource {

    private static final String NO_STORE = "private, no-store";

    private final KeyService keys;

    KeyResource(KeyService keys) {
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewKey body, @Context UriInfo uri) {
        IssuedKey issued = keys.create(body);
        URI location = uri.getAbsolutePathBuilder().path(issued.id().toString()).build();
        return Response.created(location).entity(issued).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    public Response list() {
        return Response.ok(new KeyList(keys.list())).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Response.ok(keys.get(id)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
