package news.dateline.tag;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.dateline.auth.Caller;
import news.dateline.auth.Roles;
import news.dateline.web.IfMatch;
import news.dateline.web.Listing;
import news.dateline.web.MergePatch;
import news.dateline.web.Page;
import news.dateline.web.PageRequest;
import news.dateline.web.Representations;

/** HTTP for {@code /api/v1/tags}. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    private final TagService service;
    private final Representations representations;
    private final Caller caller;

    TagResource(TagService service, Representations representations, Caller caller) {
        this.service = service;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @Context UriInfo uri, @Context Request request) {
        PageRequest pageRequest = PageRequest.parse(page, limit);
        Listing<TagView> listing = service.list(pageRequest);
        return representations.page(request, Page.of(listing.items(), pageRequest, listing.total(), uri),
                listing.lastModified(), caller.isAuthenticated());
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @Context Request request) {
        TagView tag = service.get(ref);
        return representations.resource(request, tag, tag.version(), tag.updatedAt(), caller.isAuthenticated());
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewTag tag, @Context UriInfo uri) {
        TagView created = service.create(tag);
        return representations.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(),
                created, created.version());
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NewTag tag) {
        TagView updated = service.replace(ref, IfMatch.parse(ifMatch), tag);
        return representations.updated(updated, updated.version());
    }

    @PATCH
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        TagView updated = service.patch(ref, IfMatch.parse(ifMatch), patch);
        return representations.updated(updated, updated.version());
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    public Response delete(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(ref, IfMatch.parse(ifMatch));
        return Response.noContent().build();
    }
}
