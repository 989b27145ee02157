package news.dateline.webhook;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import news.dateline.auth.Roles;
import news.dateline.web.input.QueryValues;
import news.dateline.web.problem.Problem;

/**
 * HTTP for {@code /api/v1/webhooks}: making, listing and deleting subscriptions and reading their delivery logs, all
 * with scope {@code admin}. A subscription's secret is in the answer to its {@code POST} and never again. Nothing here
 * may be stored by any cache.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** Longer than any cursor this resource issues. */
    static final int MAX_CURSOR = 200;
    private static final String NO_STORE = "private, no-store";

    private final WebhookService webhooks;

    WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewWebhook body, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(body);
        URI location = uri.getAbsolutePathBuilder().path(created.id().toString()).build();
        return Response.created(location).entity(created).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    public Response list() {
        return Response.ok(new WebhookList(webhooks.list())).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return Response.ok(webhooks.get(id)).header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    @DELETE
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE}) // 204 has no body: only a problem could follow
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    public Response deliveries(@PathParam("id") String id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = QueryValues.boundedInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        String position = QueryValues.text("cursor", cursor, MAX_CURSOR);
        return Response.ok(webhooks.deliveries(id, position, size)).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .build();
    }
}
