package news.dateline.sync;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import news.dateline.auth.Caller;
import news.dateline.web.input.QueryValues;

/**
 * HTTP for {@code /api/v1/changes}: the change stream an offline app syncs with. What a caller gets is what it may see
 * ({@link Caller#visibility()}): published articles, and their tombstones, for readers and {@code content:read} keys;
 * drafts, scheduled and archived articles too for {@code content:write} keys. Never cached: each answer is as of the
 * moment it is asked.
 */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final ChangeStreamService stream;
    private final Caller caller;

    ChangeResource(ChangeStreamService stream, Caller caller) {
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    public Response changes(@QueryParam("since") String since, @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        String token = QueryValues.text("since", since, SyncToken.MAX_LENGTH);
        int size = QueryValues.boundedInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        ChangePage page = stream.after(token, size, caller.visibility());
        URI next = uri.getRequestUriBuilder().replaceQueryParam("since", page.next()).build();
        return Response.ok(page)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("Link", "<" + next.getRawPath() + "?" + next.getRawQuery() + ">; rel=\"next\"")
                .build();
    }
}
