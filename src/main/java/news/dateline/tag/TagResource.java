package news.dateline.tag;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import news.dateline.auth.Caller;
import news.dateline.web.FieldSelection;
import news.dateline.web.Listing;
import news.dateline.web.Page;
import news.dateline.web.PageRequest;
import news.dateline.web.Representations;
import news.dateline.web.SluggedResource;

/** HTTP for {@code /api/v1/tags}: the reads here, the writes in {@link SluggedResource}. */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource extends SluggedResource<NewTag, TagView> {

    private final TagService service;
    private final Representations representations;
    private final Caller caller;

    TagResource(TagService service, Representations representations, Caller caller) {
        super(service, representations);
        this.service = service;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("fields") List<String> fields, @Context UriInfo uri,
            @Context Request request) {
        FieldSelection selection = FieldSelection.parse(fields, TagView.class);
        PageRequest pageRequest = PageRequest.parse(page, limit, cursor, TagService.LIST_SCOPE);
        Listing<TagView> listing = service.list(pageRequest);
        return representations.page(request, Page.of(listing, pageRequest, uri),
                listing.lastModified(TagView::updatedAt), caller.isAuthenticated(), selection);
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @QueryParam("fields") List<String> fields,
            @Context Request request) {
        FieldSelection selection = FieldSelection.parse(fields, TagView.class);
        TagView tag = service.get(ref);
        return representations.resource(request, tag, tag.version(), tag.updatedAt(),
                caller.isAuthenticated(), selection);
    }
}
