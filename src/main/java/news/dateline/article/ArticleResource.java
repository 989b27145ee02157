package news.dateline.article;

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
import news.dateline.auth.Caller;
import news.dateline.web.Listing;
import news.dateline.web.Page;
import news.dateline.web.PageRequest;
import news.dateline.web.Representations;
import news.dateline.web.SluggedResource;

/** HTTP for {@code /api/v1/articles}: the reads here, the writes in {@link SluggedResource}. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource extends SluggedResource<NewArticle, ArticleView> {

    private final ArticleService service;
    private final Representations representations;
    private final Caller caller;

    ArticleResource(ArticleService service, Representations representations, Caller caller) {
        super(service, representations);
        this.service = service;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("limit") String limit,
            @Context UriInfo uri, @Context Request request) {
        PageRequest pageRequest = PageRequest.parse(page, limit);
        Listing<ArticleSummary> listing = service.list(pageRequest, caller.isEditor());
        return representations.page(request, Page.of(listing.items(), pageRequest, listing.total(), uri),
                listing.lastModified(), caller.isAuthenticated());
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @Context Request request) {
        ArticleView article = service.get(ref, caller.isEditor());
        return representations.resource(request, article, article.version(), article.updatedAt(), caller.isAuthenticated());
    }
}
