package news.dateline.jsonld;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import news.dateline.auth.Caller;
import news.dateline.web.representation.Representations;

/**
 * HTTP for {@code GET /api/v1/articles/{ref}/jsonld}: an article as schema.org JSON-LD, for the public site to put in
 * its page. A path of its own below the article's, rather than content negotiation on the article's URL: a cached
 * article answer (Vary covers no Accept) must never be a JSON-LD one. {@code Accept: application/json} is served the
 * same document, since the answers kept in memory are found by path alone. Raw {@link Response}: the ETag is a
 * digest of the exact bytes.
 */
@Path("/api/v1/articles/{ref}/jsonld")
@Produces({JsonLdResource.LD_JSON, MediaType.APPLICATION_JSON})
public class JsonLdResource {

    static final String LD_JSON = "application/ld+json";
    private static final MediaType TYPE = MediaType.valueOf(LD_JSON);

    private final JsonLdService jsonLd;
    private final Representations representations;
    private final Caller caller;

    JsonLdResource(JsonLdService jsonLd, Representations representations, Caller caller) {
        this.jsonLd = jsonLd;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response get(@PathParam("ref") String ref, @Context HttpHeaders headers) {
        JsonLdDocument document = jsonLd.render(ref, caller.visibility());
        return representations.document(headers, document.json(), TYPE, document.etag(), document.lastModified(),
                document.surrogateKeys(), caller.isAuthenticated());
    }
}
