package news.dateline.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list with its position and the links to its neighbours, as sent to clients. */
public record Page<T>(List<T> items, Info page, Links links) {

    /** Where this page stands: numbered pages carry the total, so a client can draw a pager. */
    public record Info(int number, int limit, long totalItems, int totalPages) {
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

    public static <T> Page<T> of(List<T> items, PageRequest request, long total, UriInfo uri) {
        int totalPages = (int) Math.max(1, (total + request.limit() - 1) / request.limit());
        Function<Integer, String> link = n -> {
            URI target = uri.getRequestUriBuilder()
                    .replaceQueryParam("page", n)
                    .replaceQueryParam("limit", request.limit())
                    .build();
            return target.getRawPath() + '?' + target.getRawQuery();
        };
        int n = request.number();
        Links links = new Links(link.apply(n), link.apply(1),
                n > 1 ? link.apply(Math.min(n - 1, totalPages)) : null,
                n < totalPages ? link.apply(n + 1) : null,
                link.apply(totalPages));
        return new Page<>(List.copyOf(items), new Info(n, request.limit(), total, totalPages), links);
    }
}
