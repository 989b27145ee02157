package news.dateline.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.dateline.auth.Caller;
import news.dateline.web.representation.Representations;

/** HTTP for {@code GET /api/v1/search}: articles, tags and people for one query, cached like any other read. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService service;
    private final Representations representations;
    private final Caller caller;

    SearchResource(SearchService service, Representations representations, Caller caller) {
        this.service = service;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("language") String language,
            @QueryParam("limit") String limit, @Context HttpHeaders headers) {
        SearchService.Answer answer = service.search(SearchRequest.parse(q, language, limit), caller.visibility());
        return representations.computed(headers, answer.results(), answer.lastModified(), caller.isAuthenticated());
    }
}
