package news.dateline.web;

import java.util.stream.Stream;

/**
 * A response body that names the resources it shows by surrogate key, for the {@code Surrogate-Key} header: a caching
 * tier (a CDN, Varnish with xkey) purges by these keys exactly the responses a change touched, and so does the
 * response cache in memory.
 */
public interface SurrogateKeyed {

    /** The keys of what this shows, such as {@code article:0193a3c4-…} and {@code tag:0193a3c5-…}. */
    Stream<String> surrogateKeys();
}
