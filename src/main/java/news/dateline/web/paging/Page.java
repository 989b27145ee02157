package news.dateline.web.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list with its position and the links to its neighbours, as sent to clients.
 *
 * @param facets counts over the whole list, when asked for ({@code facets=}); absent otherwise
 */
public record Page<T>(List<T> items, Info page, Links links,
        @JsonInclude(JsonInclude.Include.NON_NULL) Object facets) {

    /** This page with the counts over its whole list. */
    public Page<T> withFacets(Object counts) {
        return new Page<>(items, page, links, counts);
    }

    /**
     * Where this page stands: numbered pages carry the totals, so a client can draw a pager. Totals are counted up
     * to {@link PageRequest#MAX_NUMBERED_ITEMS}; {@code totalCapped} says there are more than that.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Info(Integer number, int limit, Long totalItems, Integer totalPages, Boolean totalCapped) {
    }

    /** Root-relative links, so that the body is the same whichever host name a client used. */
    public record Links(String self, String first, String prev, String next, String last) {

        /** The same links as an RFC 8288 {@code Link} header value. */
        public String header() {
            List<String> parts = new ArrayList<>();
            add(parts, first, "first");
            add(parts, prev, "prev");
            add(parts, next, "next");
            add(parts, last, "last");
            return String.join(", ", parts);
        }

        private static void add(List<String> parts, String uri, String rel) {
            if (uri != null) {
                parts.add('<' + uri + ">; rel=\"" + rel + '"');
            }
        }
    }

    public static <T> Page<T> of(Listing<T> listing, PageRequest request, UriInfo uri) {
        return request.numbered() ? numbered(listing, request, uri) : keyset(listing, request, uri);
    }

    private static <T> Page<T> numbered(Listing<T> listing, PageRequest request, UriInfo uri) {
        boolean capped = listing.total() > PageRequest.MAX_NUMBERED_ITEMS;
        long total = Math.min(listing.total(), PageRequest.MAX_NUMBERED_ITEMS);
        int totalPages = (int) Math.max(1, (total + request.limit() - 1) / request.limit());
        int n = request.number();
        Links links = new Links(numberedLink(uri, n, request), numberedLink(uri, 1, request),
                n > 1 ? numberedLink(uri, Math.min(n - 1, totalPages), request) : null,
                n < totalPages ? numberedLink(uri, n + 1, request) : null,
                numberedLink(uri, totalPages, request));
        Info info = new Info(n, request.limit(), total, totalPages, capped ? Boolean.TRUE : null);
        return new Page<>(listing.items(), info, links, null);
    }

    private static <T> Page<T> keyset(Listing<T> listing, PageRequest request, UriInfo uri) {
        Cursor from = request.cursor();
        boolean backwards = from != null && from.before();
        // Reading forwards, more rows means a next page; reading backwards it means a previous one.
        Cursor prev = backwards ? (listing.hasMore() ? listing.atFirst() : null) : (from != null ? listing.atFirst() : null);
        Cursor next = backwards ? listing.atLast() : (listing.hasMore() ? listing.atLast() : null);
        Links links = new Links(relative(uri.getRequestUriBuilder()), relative(withoutPosition(uri, request)),
                cursorLink(uri, prev, request), cursorLink(uri, next, request), null);
        return new Page<>(listing.items(), new Info(null, request.limit(), null, null, null), links, null);
    }

    private static String numberedLink(UriInfo uri, int number, PageRequest request) {
        return relative(uri.getRequestUriBuilder().replaceQueryParam("page", number)
                .replaceQueryParam("limit", request.limit()));
    }

    private static String cursorLink(UriInfo uri, Cursor cursor, PageRequest request) {
        return cursor == null ? null
                : relative(withoutPosition(uri, request).replaceQueryParam("cursor", cursor.encode()));
    }

    private static UriBuilder withoutPosition(UriInfo uri, PageRequest request) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor")
                .replaceQueryParam("limit", request.limit());
    }

    private static String relative(UriBuilder builder) {
        URI target = builder.build();
        return target.getRawQuery() == null ? target.getRawPath() : target.getRawPath() + '?' + target.getRawQuery();
    }
}
