package news.dateline.web;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * A response body that names the resources it shows, for the {@code Surrogate-Key} header: a caching tier (a CDN,
 * Varnish with xkey) purges by these keys exactly the responses a change touched.
 */
public interface Keyed {

    /** The keys of what this shows, such as {@code article:0193a3c4-…} and {@code tag:0193a3c5-…}. */
    Stream<String> surrogateKeys();

    /** The key of one resource: its kind and id. */
    static String key(String kind, UUID id) {
        return kind + ':' + id;
    }
}
