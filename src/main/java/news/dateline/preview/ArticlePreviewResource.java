package news.dateline.preview;

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
import news.dateline.auth.Caller;
import news.dateline.auth.Roles;
import news.dateline.web.TokenPaths;
import news.dateline.web.problem.Problem;
import news.dateline.web.problem.ProblemException;

/**
 * HTTP for an article's preview links, {@code /api/v1/articles/{ref}/previews}: editors mint, list and revoke them.
 * Anyone else listing gets the 404 an unknown article gets, never a 403, so that a draft's existence does not show;
 * minting and revoking are writes, which need {@code content:write} before anything is looked up. Nothing here may be
 * stored by any cache: a minted link's token is a credential.
 */
@Path("/api/v1/articles/{ref}/previews")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlePreviewResource {

    private static final String NO_STORE = "private, no-store";

    private final PreviewService previews;
    private final Caller caller;

    ArticlePreviewResource(PreviewService previews, Caller caller) {
        this.previews = previews;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CONTENT_WRITE)
    public Response mint(@PathParam("ref") String ref, @NotNull @Valid NewPreview body, @Context UriInfo uri) {
        MintedPreview minted = previews.mint(ref, body, uri.getBaseUri().resolve(TokenPaths.PREVIEWS));
        return Response.created(minted.url()).entity(minted).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    public Response list(@PathParam("ref") String ref) {
        if (!caller.visibility().includesUnpublished()) {
            throw ProblemException.notFound("article", ref);
        }
        return Response.ok(new PreviewList(previews.live(ref))).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response revoke(@PathParam("ref") String ref, @PathParam("id") String id) {
        previews.revoke(ref, id);
        return Response.noContent().build();
    }
}
