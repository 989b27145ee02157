package news.dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.dateline.auth.Roles;

/**
 * The write endpoints articles, tags and people share: {@code POST}, {@code PUT}, merge-patch {@code PATCH} and
 * {@code DELETE}, all needing {@code content:write}, all but {@code POST} needing {@code If-Match}.
 *
 * @param <N> the writable form the body is read into
 * @param <V> the view sent back
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class SluggedResource<N, V extends View> {

    private final SluggedService<?, N, V> service;
    private final Representations representations;

    protected SluggedResource(SluggedService<?, N, V> service, Representations representations) {
        this.service = service;
        this.representations = representations;
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid N body, @Context UriInfo uri) {
        V created = service.create(body);
        return representations.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                created, created.version());
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid N body) {
        V updated = service.replace(ref, IfMatch.parse(ifMatch), body);
        return representations.updated(updated, updated.version());
    }

    @PATCH
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        V updated = service.patch(ref, IfMatch.parse(ifMatch), patch);
        return representations.updated(updated, updated.version());
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response delete(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(ref, IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }
}
