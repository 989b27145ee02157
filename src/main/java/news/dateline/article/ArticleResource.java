package news.dateline.article;

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
import java.util.Optional;
import java.util.Set;
import news.dateline.auth.Caller;
import news.dateline.auth.Roles;
import news.dateline.auth.Visibility;
import news.dateline.facet.FacetRequest;
import news.dateline.web.input.IfMatch;
import news.dateline.web.input.MergePatch;
import news.dateline.web.paging.Listed;
import news.dateline.web.paging.Page;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.Problem;
import news.dateline.web.representation.FieldSelection;
import news.dateline.web.representation.Rendered;
import news.dateline.web.representation.Representations;

/**
 * HTTP for {@code /api/v1/articles}: filtered, sorted, paged lists and single articles (what the caller's
 * {@link Visibility} shows: published ones only, unless it holds {@code content:write}); writes with
 * {@code content:write}, and all but {@code POST} with the {@code If-Match} of the version they change.
 */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleWriteService writes;
    private final Representations representations;
    private final Caller caller;

    ArticleResource(ArticleService articles, ArticleWriteService writes, Representations representations,
            Caller caller) {
        this.articles = articles;
        this.writes = writes;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@QueryParam("tag") List<String> tag, @QueryParam("anyTag") List<String> anyTag,
            @QueryParam("notTag") List<String> notTag, @QueryParam("person") List<String> person,
            @QueryParam("notPerson") List<String> notPerson, @QueryParam("author") List<String> author,
            @QueryParam("language") String language, @QueryParam("status") List<String> status,
            @QueryParam("publishedAfter") String publishedAfter, @QueryParam("publishedBefore") String publishedBefore,
            @QueryParam("updatedSince") String updatedSince, @QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("fields") List<String> fields, @QueryParam("include") List<String> include,
            @QueryParam("formats") List<String> formats, @QueryParam("page") String page,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @QueryParam("facets") List<String> facets, @QueryParam("facetLimit") String facetLimit,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        ArticleFilter filter = ArticleFilter.parse(tag, anyTag, notTag, person, notPerson, author, language, status,
                publishedAfter, publishedBefore, updatedSince, q, sort);
        FieldSelection selection = FieldSelection.parse(fields, ArticleSummary.class);
        PageRequest pageRequest = PageRequest.parse(page, limit, cursor, filter.scope());
        FacetRequest facetRequest = FacetRequest.parse(facets, facetLimit);
        Page<Listed> articlePage = Page.of(articles.list(filter, pageRequest, caller.visibility(),
                ArticlePart.parse(include, selection.fields()),
                ArticleFormat.parse(formats, selection.fields(), caller.isEditor()), selection.all()),
                pageRequest, uri);
        if (facetRequest != null) {
            articlePage = articlePage.withFacets(articles.facets(filter, facetRequest, caller.visibility()));
        }
        return representations.page(headers, articlePage, Listed::updatedAt, selection, caller.isAuthenticated());
    }

    @GET
    @Path("{ref}")
    public Response get(@PathParam("ref") String ref, @QueryParam("fields") List<String> fields,
            @QueryParam("formats") List<String> formats, @Context HttpHeaders headers) {
        // One set of field names for articles, lists and single alike: the summary's, a superset (highlight).
        FieldSelection selection = FieldSelection.parse(fields, ArticleSummary.class);
        Set<ArticleFormat> chosen = ArticleFormat.parse(formats, selection.fields(), caller.isEditor());
        Visibility visibility = caller.visibility();
        Optional<Rendered> stored = articles.storedView(ref, visibility, chosen, selection.all());
        if (stored.isPresent()) {
            return representations.rendered(headers, stored.get(), caller.isAuthenticated());
        }
        ArticleView article = articles.get(ref, visibility, chosen);
        return representations.resource(headers, article, selection, caller.isAuthenticated());
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewArticle body, @Context UriInfo uri) {
        return representations.created(uri, writes.create(body));
    }

    @PUT
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NewArticle body) {
        return representations.updated(writes.replace(ref, IfMatch.parse(ifMatch), body));
    }

    @PATCH
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MergePatch.MEDIA_TYPE)
    public Response patch(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) {
        return representations.updated(writes.patch(ref, IfMatch.parse(ifMatch), patch));
    }

    @DELETE
    @Path("{ref}")
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response delete(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writes.delete(ref, IfMatch.parse(ifMatch));
        return representations.deleted();
    }
}
