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
import java.util.List;
import news.dateline.auth.Caller;
import news.dateline.web.FieldSelection;
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
    public Response list(@QueryParam("tag") List<String> tag, @QueryParam("anyTag") List<String> anyTag,
            @QueryParam("person") List<String> person, @QueryParam("author") List<String> author,
            @QueryParam("language") String language, @QueryParam("status") List<String> status,
            @QueryParam("publishedAfter") String publishedAfter, @QueryParam("publishedBefore") String publishedBefore,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("fields") List<String> fields, @QueryParam("include") List<String> include,
            @QueryParam("page") String page, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri, @Context Request request) {
        ArticleFilter filter = ArticleFilter.parse(tag, anyTag, person, author, language, status, publishedAfter,
                publishedBefore, updatedSince, q, sort);
        FieldSelection selection = FieldSelection.parse(fields, ArticleView.class);
        PageRequest pageRequest = PageRequest.parse(page, limit, cursor, filter.scope());
        Listing<ArticleView> listing = service.list(filter, pageRequest, caller.isEditor(),
                ArticlePart.parse(include, selection.fields()));
        return representations.page(request, Page.of(listing, pageRequest, uri),
                listing.lastModified(ArticleView::updatedAt), caller.isAuthenticated(), selection);
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @QueryParam("fields") List<String> fields,
            @Context Request request) {
        FieldSelection selection = FieldSelection.parse(fields, ArticleView.class);
        ArticleView article = service.get(ref, caller.isEditor());
        return representations.resource(request, article, article.version(), article.updatedAt(),
                caller.isAuthenticated(), selection);
    }
}
