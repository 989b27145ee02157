package news.dateline.web;

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

/** The read endpoints tags and people share: a name-sorted list and a single entry, both with {@code fields=}. */
@Produces(MediaType.APPLICATION_JSON)
public abstract class CatalogueResource<N, V extends Record & View> extends SluggedResource<N, V> {

    private final CatalogueService<?, N, V> service;
    private final Representations representations;
    private final Caller caller;
    private final Class<V> viewType;

    protected CatalogueResource(CatalogueService<?, N, V> service, Representations representations, Caller caller,
            Class<V> viewType) {
        super(service, representations);
        this.service = service;
        this.representations = representations;
        this.caller = caller;
        this.viewType = viewType;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("fields") List<String> fields, @Context UriInfo uri,
            @Context Request request) {
        FieldSelection selection = FieldSelection.parse(fields, viewType);
        PageRequest pageRequest = PageRequest.parse(page, limit, cursor, service.listScope());
        Listing<V> listing = service.list(pageRequest);
        return representations.page(request, Page.of(listing, pageRequest, uri), listing.lastModified(View::updatedAt),
                caller.isAuthenticated(), selection);
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @QueryParam("fields") List<String> fields,
            @Context Request request) {
        FieldSelection selection = FieldSelection.parse(fields, viewType);
        V entry = service.get(ref);
        return representations.resource(request, entry, entry.version(), entry.updatedAt(), caller.isAuthenticated(),
                selection);
    }
}
