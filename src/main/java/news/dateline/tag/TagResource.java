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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.stream.Stream;
import news.dateline.auth.Caller;
import news.dateline.auth.Roles;
import news.dateline.language.Negotiation;
import news.dateline.web.input.IfMatch;
import news.dateline.web.input.MergePatch;
import news.dateline.web.paging.Page;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.Problem;
import news.dateline.web.representation.FieldSelection;
import news.dateline.web.representation.Representations;

/**
 * HTTP for {@code /api/v1/tags}: a name-sorted list and single tags for everyone; writes with {@code content:write},
 * and all but {@code POST} with the {@code If-Match} of the version they change.
 */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    private final TagService tags;
    private final Representations representations;
    private final Caller caller;

    TagResource(TagService tags, Representations representations, Caller caller) {
        this.tags = tags;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("fields") List<String> fields,
            @QueryParam(Negotiation.PARAMETER) String language,
            @HeaderParam(Negotiation.ACCEPT_LANGUAGE) String acceptLanguage, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Negotiation negotiation = Negotiation.of(language, acceptLanguage);
        FieldSelection selection = FieldSelection.parse(fields, TagView.class);
        PageRequest pageRequest = PageRequest.parse(page, limit, cursor, TagService.LIST_SCOPE);
        Page<TagView> tagPage = Page.of(tags.list(pageRequest).map(v -> v.in(negotiation.chain())),
                pageRequest, uri);
        return negotiation.answer(
                representations.page(headers, tagPage, TagView::updatedAt, selection, caller.isAuthenticated()),
                tagPage.items().stream().map(v -> v.languageIn(negotiation.chain())));
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @QueryParam("fields") List<String> fields,
            @QueryParam(Negotiation.PARAMETER) String language,
            @HeaderParam(Negotiation.ACCEPT_LANGUAGE) String acceptLanguage, @Context HttpHeaders headers) {
        Negotiation negotiation = Negotiation.of(language, acceptLanguage);
        FieldSelection selection = FieldSelection.parse(fields, TagView.class);
        TagView view = tags.get(ref).in(negotiation.chain());
        return negotiation.answer(representations.resource(headers, view, selection, caller.isAuthenticated()),
                Stream.of(view.languageIn(negotiation.chain())));
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewTag body, @Context UriInfo uri) {
        return representations.created(uri, tags.create(body));
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NewTag body) {
        return representations.updated(tags.replace(ref, IfMatch.parse(ifMatch), body));
    }

    @PATCH
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return representations.updated(tags.patch(ref, IfMatch.parse(ifMatch), patch));
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response delete(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        tags.delete(ref, IfMatch.parse(ifMatch));
        return representations.deleted();
    }
}
