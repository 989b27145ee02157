package news.dateline.revision;

import java.time.Instant;
import news.dateline.auth.Writer;

/**
 * A revision as a list shows it, without its snapshot.
 *
 * @param number     the resource's version this revision made (for a deletion, the last version + 1)
 * @param publicEtag the ETag readers got for this version, when it was published; null otherwise
 */
public record RevisionSummary(long number, Instant madeAt, Reason reason, Writer madeBy, String publicEtag) {
}
