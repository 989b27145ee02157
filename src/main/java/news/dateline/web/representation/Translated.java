package news.dateline.web.representation;

/**
 * A view written in one language that may have versions in others: its answer says its language
 * ({@code Content-Language}) and links the versions readers may read ({@code Link: <…>; rel="alternate"; hreflang=…}).
 */
public interface Translated {

    /** The BCP 47 tag of the language it is written in. */
    String language();

    /** The RFC 8288 {@code Link} header value naming its other versions; null when it has none. */
    String alternates();
}
