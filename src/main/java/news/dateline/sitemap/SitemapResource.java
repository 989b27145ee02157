package news.dateline.sitemap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import news.dateline.auth.Caller;
import news.dateline.web.representation.Representations;

/**
 * HTTP for the sitemaps: {@code /sitemap.xml} (the index) and the pages it lists under {@code /sitemaps/}. They sit
 * at the root, not under {@code /api/v1}, because the public site serves them as its own (the protocol wants a
 * sitemap on the host of the URLs it lists). Raw {@link Response}s: the ETag is a digest of the exact XML sent.
 *
 * <p>Every page names its collections as surrogate keys ({@code articles}, {@code tags}, {@code people}), not each
 * row (10,000 keys would not fit a header): purging a changed resource's collection refreshes every page that could
 * show it. They carry no {@code Last-Modified}: an article leaving a page can leave every date on it as it was, so
 * only the ETag tells whether a sitemap changed.
 */
@Path("/")
@Produces(MediaType.APPLICATION_XML)
public class SitemapResource {

    static final MediaType XML = MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8");

    private final SitemapService sitemaps;
    private final Representations representations;
    private final Caller caller;

    SitemapResource(SitemapService sitemaps, Representations representations, Caller caller) {
        this.sitemaps = sitemaps;
        this.representations = representations;
        this.caller = caller;
    }

    @GET
    @Path("sitemap.xml")
    public Response index(@Context HttpHeaders headers) {
        boolean personal = caller.isAuthenticated(); // first: a key that is not valid is a 401 before any work
        return xml(headers, sitemaps.index(), "articles tags people", personal);
    }

    @GET
    @Path("sitemaps/articles-{page}.xml")
    public Response articles(@PathParam("page") String page, @Context HttpHeaders headers) {
        return page(headers, SitemapKind.ARTICLES, page);
    }

    @GET
    @Path("sitemaps/tags-{page}.xml")
    public Response tags(@PathParam("page") String page, @Context HttpHeaders headers) {
        return page(headers, SitemapKind.TAGS, page);
    }

    @GET
    @Path("sitemaps/people-{page}.xml")
    public Response people(@PathParam("page") String page, @Context HttpHeaders headers) {
        return page(headers, SitemapKind.PEOPLE, page);
    }

    @GET
    @Path("sitemaps/news.xml")
    public Response news(@Context HttpHeaders headers) {
        boolean personal = caller.isAuthenticated();
        return xml(headers, sitemaps.news(Instant.now()), SitemapKind.ARTICLES.collection(), personal);
    }

    private Response page(HttpHeaders headers, SitemapKind kind, String page) {
        boolean personal = caller.isAuthenticated();
        return xml(headers, sitemaps.page(kind, page), kind.collection(), personal);
    }

    private Response xml(HttpHeaders headers, byte[] body, String surrogateKeys, boolean personal) {
        return representations.document(headers, body, XML, null, surrogateKeys, personal);
    }
}
