package news.dateline.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import news.dateline.auth.Caller;
import news.dateline.auth.Roles;
import news.dateline.revision.Revision;
import news.dateline.revision.RevisionSummary;
import news.dateline.web.input.IfMatch;
import news.dateline.web.paging.Page;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.representation.FieldSelection;
import news.dateline.web.representation.Representations;

/**
 * HTTP for an article's history, {@code /api/v1/articles/{ref}/revisions}: for editors only. Anyone else gets the 404
 * an unknown article gets, never a 403, so that history does not reveal that a draft exists; a restore is a write, so
 * it needs {@code content:write} and the article's {@code If-Match} as every write does.
 */
@Path("/api/v1/articles/{ref}/revisions")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleRevisionResource {

    /** A revision number in a path: digits, and few enough of them to be a version. */
    private static final String NUMBER = "\\d{1,18}";

    private final ArticleHistory history;
    private final ArticleWriteService writes;
    private final Representations representations;
    private final Caller caller;

    ArticleRevisionResource(ArticleHistory history, ArticleWriteService writes, Representations representations,
            Caller caller) {
        this.history = history;
        this.writes = writes;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    public Response list(@PathParam("ref") String ref, @QueryParam("page") String page,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        editorsOnly(ref);
        PageRequest request = PageRequest.parse(page, limit, cursor, history.scope(ref));
        Page<RevisionSummary> revisions = Page.of(history.page(ref, request), request, uri);
        return representations.page(headers, revisions, RevisionSummary::madeAt, FieldSelection.ALL, true);
    }

    @GET
    @Path("{number}")
    public Response get(@PathParam("ref") String ref, @PathParam("number") String number,
            @Context HttpHeaders headers) {
        editorsOnly(ref);
        Revision revision = history.revision(ref, number(ref, number));
        return representations.computed(headers, revision, revision.madeAt(), true);
    }

    @GET
    @Path("{number}/diff")
    public Response diff(@PathParam("ref") String ref, @PathParam("number") String number,
            @QueryParam("against") String against, @Context HttpHeaders headers) {
        editorsOnly(ref);
        long n = number(ref, number);
        Long other = against == null || against.isEmpty() ? null : againstNumber(against);
        return representations.computed(headers, history.compare(ref, n, other), null, true);
    }

    @POST
    @Path("{number}/restore")
    @RolesAllowed(Roles.CONTENT_WRITE)
    public Response restore(@PathParam("ref") String ref, @PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        IfMatch precondition = IfMatch.parse(ifMatch);
        return representations.updated(writes.restore(ref, precondition, number(ref, number)));
    }

    private void editorsOnly(String ref) {
        if (!caller.visibility().includesUnpublished()) {
            throw ProblemException.notFound("article", ref);
        }
    }

    /** A revision number from the path; anything else names no revision (404), as an unknown number does. */
    private static long number(String ref, String raw) {
        if (!raw.matches(NUMBER)) {
            throw new ProblemException(ProblemKind.NOT_FOUND, "Article '" + ref + "' has no revision '" + raw + "'");
        }
        return Long.parseLong(raw);
    }

    private static long againstNumber(String raw) {
        if (!raw.matches(NUMBER)) {
            throw ProblemException.badParameter("against", "must be a revision number (0 or more)");
        }
        return Long.parseLong(raw);
    }
}
