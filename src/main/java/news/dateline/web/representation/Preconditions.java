package news.dateline.web.representation;

import io.vertx.core.MultiMap;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The conditional headers of a GET or HEAD and what they come to for one representation, evaluated in RFC 9110's
 * order (13.2.2). The one evaluation behind every answer: resources, answers from memory, feeds, sitemaps and JSON-LD.
 * It reads the raw header values and never throws on what a client sent: an invalid date is ignored (13.1.3-4), an
 * invalid or oversized entity-tag list matches nothing ({@link EntityTags}).
 *
 * @param ifMatch           {@code If-Match}, or null
 * @param ifNoneMatch       {@code If-None-Match}, or null
 * @param ifModifiedSince   {@code If-Modified-Since}, or null
 * @param ifUnmodifiedSince {@code If-Unmodified-Since}, or null
 */
public record Preconditions(String ifMatch, String ifNoneMatch, String ifModifiedSince, String ifUnmodifiedSince) {

    private static final String IF_MATCH = "If-Match";
    private static final String IF_NONE_MATCH = "If-None-Match";
    private static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    private static final String IF_UNMODIFIED_SINCE = "If-Unmodified-Since";

    /** What a 412 to a read says, from a resource or from memory alike. */
    public static final String FAILED = "The representation no longer matches the If-Match or If-Unmodified-Since"
            + " you sent: fetch it again without them";

    /** What the request comes to. */
    public enum Outcome {
        /** Send the representation. */
        SEND,
        /** 304: the client's copy is current. */
        NOT_MODIFIED,
        /** 412: the representation is not the one the client conditioned on. */
        FAILED
    }

    /** The conditions a resource's request carries (a header sent twice reads as one list, as RFC 9110 5.3 has it). */
    public static Preconditions of(HttpHeaders headers) {
        return new Preconditions(headers.getHeaderString(IF_MATCH), headers.getHeaderString(IF_NONE_MATCH),
                headers.getHeaderString(IF_MODIFIED_SINCE), headers.getHeaderString(IF_UNMODIFIED_SINCE));
    }

    /** The conditions a request carries as Vert.x reads it (an answer from memory). */
    public static Preconditions of(MultiMap headers) {
        return new Preconditions(joined(headers, IF_MATCH), joined(headers, IF_NONE_MATCH),
                joined(headers, IF_MODIFIED_SINCE), joined(headers, IF_UNMODIFIED_SINCE));
    }

    /** The conditions on a representation tagged {@code etag} (quotes included), last changed {@code lastModified}. */
    public Outcome evaluate(String etag, Instant lastModified) {
        // HTTP dates have whole seconds: compare at that precision or If-Modified-Since never matches.
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (ifMatch != null) {
            if (!EntityTags.strongMatch(ifMatch, etag)) {
                return Outcome.FAILED;
            }
        } else if (ifUnmodifiedSince != null && modified != null) {
            Instant since = HttpDates.parse(ifUnmodifiedSince);
            if (since != null && modified.isAfter(since)) {
                return Outcome.FAILED;
            }
        }
        if (ifNoneMatch != null) {
            return EntityTags.weakMatch(ifNoneMatch, etag) ? Outcome.NOT_MODIFIED : Outcome.SEND;
        }
        if (ifModifiedSince != null && modified != null) {
            Instant since = HttpDates.parse(ifModifiedSince);
            if (since != null && !modified.isAfter(since)) {
                return Outcome.NOT_MODIFIED;
            }
        }
        return Outcome.SEND;
    }

    // Runs on every answer from memory: a request without the header (most) allocates nothing here.
    private static String joined(MultiMap headers, String name) {
        String first = headers.get(name);
        if (first == null) {
            return null;
        }
        List<String> values = headers.getAll(name);
        return values.size() == 1 ? first : String.join(", ", values);
    }
}
