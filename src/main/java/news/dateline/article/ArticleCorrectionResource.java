package news.dateline.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.dateline.auth.Roles;
import news.dateline.web.input.IfMatch;
import news.dateline.web.representation.Representations;

/**
 * HTTP for {@code POST /api/v1/articles/{ref}/corrections}: an editor adds a public note (correction, clarification,
 * update) to a published article, stating its version with {@code If-Match}. Readers see the notes in the article
 * itself ({@code corrections}), so the answer's {@code Location} and {@code ETag} are the article's.
 */
@Path("/api/v1/articles/{ref}/corrections")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleCorrectionResource {

    private final ArticleWriteService writes;
    private final Representations representations;

    ArticleCorrectionResource(ArticleWriteService writes, Representations representations) {
        this.writes = writes;
        this.representations = representations;
    }

    @POST
    @RolesAllowed(Roles.CONTENT_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("ref") String ref, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid NewCorrection body, @Context UriInfo uri) {
        Corrected corrected = writes.correct(ref, IfMatch.parse(ifMatch), body);
        return representations.createdWithin(uri.getBaseUriBuilder().path("api/v1/articles")
                .path(corrected.article().id().toString()).build(), corrected.correction(), corrected.article());
    }
}
