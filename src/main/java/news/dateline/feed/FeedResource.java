package news.dateline.feed;

import io.quarkus.vertx.http.Compressed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import news.dateline.auth.Caller;
import news.dateline.language.LanguageTags;
import news.dateline.web.input.QueryValues;
import news.dateline.web.representation.Representations;

/**
 * HTTP for {@code /feeds}: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of all published articles, of a tag's and of a
 * person's, the newest {@code limit} first; and of the newest public notes on them ({@code corrections.*}). Each may
 * be narrowed to one language ({@code language=sq}), as a newsroom publishing in two offers a feed of each. The
 * path's extension chooses the format and {@code Accept} is not negotiated: feed readers send every kind of Accept
 * list (text/xml, application/rdf+xml…) and expect the feed they subscribed to, never a 406. A raw {@link Response},
 * since the ETag is a digest of the exact bytes. Feeds are not kept by the in-memory response cache: their bytes name
 * their own absolute address, which depends on the host the request was sent to, while that cache is keyed by path and
 * query; a CDN (keyed by host) purges them by {@code Surrogate-Key}, and conditional GETs spare the bytes. Compressed
 * when the client accepts it, as JSON is (their media types are not among quarkus.http.compress-media-types).
 */
@Path("/feeds")
public class FeedResource {

    private final FeedService feeds;
    private final FeedWriter writer;
    private final Representations representations;
    private final Caller caller;

    FeedResource(FeedService feeds, FeedWriter writer, Representations representations, Caller caller) {
        this.feeds = feeds;
        this.writer = writer;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    @Compressed
    @Path("articles.rss")
    public Response articlesRss(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, limit, language, feeds::all, uri, headers);
    }

    @GET
    @Compressed
    @Path("articles.atom")
    public Response articlesAtom(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, limit, language, feeds::all, uri, headers);
    }

    @GET
    @Compressed
    @Path("articles.json")
    public Response articlesJson(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON, limit, language, feeds::all, uri, headers);
    }

    @GET
    @Compressed
    @Path("tags/{slug}.rss")
    public Response tagRss(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, limit, language, (n, in) -> feeds.tag(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("tags/{slug}.atom")
    public Response tagAtom(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, limit, language, (n, in) -> feeds.tag(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("tags/{slug}.json")
    public Response tagJson(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON, limit, language, (n, in) -> feeds.tag(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("people/{slug}.rss")
    public Response personRss(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, limit, language, (n, in) -> feeds.person(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("people/{slug}.atom")
    public Response personAtom(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, limit, language, (n, in) -> feeds.person(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("people/{slug}.json")
    public Response personJson(@PathParam("slug") String slug, @QueryParam("limit") String limit, @QueryParam("language") String language,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON, limit, language, (n, in) -> feeds.person(slug, n, in), uri, headers);
    }

    @GET
    @Compressed
    @Path("corrections.rss")
    public Response correctionsRss(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.RSS, limit, language, feeds::corrections, uri, headers);
    }

    @GET
    @Compressed
    @Path("corrections.atom")
    public Response correctionsAtom(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.ATOM, limit, language, feeds::corrections, uri, headers);
    }

    @GET
    @Compressed
    @Path("corrections.json")
    public Response correctionsJson(@QueryParam("limit") String limit, @QueryParam("language") String language, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return answer(FeedFormat.JSON, limit, language, feeds::corrections, uri, headers);
    }

    /**
     * Reads the feed with the limit asked for (a 400 outside 1 to 100), in the language asked for (all when none; a
     * 400 for a tag that is not BCP 47), and answers it, or 304 if the client has it.
     */
    private Response answer(FeedFormat format, String limit, String language, Reader read, UriInfo uri,
            HttpHeaders headers) {
        boolean personal = caller.isAuthenticated(); // first: a request with a bad key is refused before anything
        Feed feed = read.feed(QueryValues.boundedInt("limit", limit, FeedService.DEFAULT_LIMIT, 1,
                FeedService.MAX_LIMIT), LanguageTags.parameter("language", language));
        byte[] bytes = writer.write(feed, format, uri.getRequestUri().toString());
        return representations.document(headers, bytes, format.mediaType(), feed.lastModified(),
                feed.surrogateKeys(), personal);
    }

    /** A feed's read: its newest items, at most {@code limit}, in one language (null: in any). */
    @FunctionalInterface
    private interface Reader {
        Feed feed(int limit, String language);
    }
}
