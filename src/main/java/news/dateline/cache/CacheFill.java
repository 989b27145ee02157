package news.dateline.cache;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.List;
import java.util.Map;
import news.dateline.auth.Caller;
import news.dateline.auth.Visibility;
import news.dateline.web.TokenPaths;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Fills the {@link ResponseCache} on a miss: an anonymous GET notes the cache's generation before the resource reads
 * anything, and its answer is stored if it is a public 200 whose bytes the resource rendered itself for
 * {@link Visibility#PUBLIC}, the only view the cache holds.
 */
class CacheFill {

    private static final String READ_AT = CacheFill.class.getName() + ".readAt";
    /** What a hit sends again; the rest (Date, Content-Length, encoding) belongs to each answer. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY, HttpHeaders.CONTENT_LANGUAGE,
            "Link", "Surrogate-Key");

    private final ResponseCache cache;
    private final Caller caller;

    CacheFill(ResponseCache cache, Caller caller) {
        this.cache = cache;
        this.caller = caller;
    }

    @ServerRequestFilter
    public void noteGeneration(ContainerRequestContext request) {
        // Only what CacheHits answers (the API) is worth keeping: a feed or a sitemap page (up to a megabyte) stored
        // here would never be served again, and would only crowd out what is. A preview link is never kept, whatever
        // its headers say: its token is a credential, and a revoked one must stop working at once.
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (cache.active() && "GET".equals(request.getMethod())
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null
                && path.startsWith(CacheHits.API) && !TokenPaths.holdsToken(path)) {
            request.setProperty(READ_AT, cache.generation());
        }
    }

    @ServerResponseFilter
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(READ_AT) instanceof Long readAt) || response.getStatus() != 200
                || !(response.getEntity() instanceof byte[] body) || cache.generation() != readAt) {
            return; // not a public answer, or a change committed meanwhile: the gzip variant would be wasted work
        }
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        // Public (no key: not personal), and made for what the public sees, which the cache hands to every reader.
        if (cacheControl == null || !cacheControl.startsWith("public") || caller.visibility() != Visibility.PUBLIC) {
            return;
        }
        List<Map.Entry<String, String>> headers = KEPT_HEADERS.stream()
                .filter(name -> response.getHeaderString(name) != null)
                .map(name -> Map.entry(name, response.getHeaderString(name)))
                .toList();
        URI uri = request.getUriInfo().getRequestUri();
        cache.put(ResponseCacheKey.of(uri.getRawPath(), uri.getRawQuery(),
                request.getHeaderString("Accept-Language")), CachedResponse.of(body, headers), readAt);
    }
}
