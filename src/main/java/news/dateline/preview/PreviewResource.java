package news.dateline.preview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import news.dateline.auth.Caller;
import news.dateline.web.representation.Rendered;
import news.dateline.web.representation.Representations;

/**
 * HTTP for reading a preview link, {@code GET /api/v1/previews/{token}}: no key, the token is the credential. The
 * answer is the article's JSON exactly as readers will get it once published, kept by no cache ({@code private,
 * no-store}, and the response cache and the Varnish VCL pass this path) and indexed by no search engine
 * ({@code X-Robots-Tag: noindex}). A raw {@link Response}: its ETag describes the exact bytes sent.
 */
@Path("/api/v1/previews")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    private final PreviewService previews;
    private final Representations representations;
    private final Caller caller;

    PreviewResource(PreviewService previews, Representations representations, Caller caller) {
        this.previews = previews;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    @Path("{token}")
    public Response read(@PathParam("token") String token, @Context HttpHeaders headers) {
        caller.isAuthenticated(); // none is needed, but a wrong key is a 401 here as on every read
        Rendered preview = previews.read(token);
        Response answer = representations.document(headers, preview.json().getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_JSON_TYPE, preview.etag(), preview.updatedAt(), null, true);
        return Response.fromResponse(answer).header("X-Robots-Tag", "noindex").build();
    }
}
