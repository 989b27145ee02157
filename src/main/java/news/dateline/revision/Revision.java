package news.dateline.revision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import news.dateline.auth.Writer;

/**
 * One kept revision of a resource: {@link RevisionSummary}'s fields and the snapshot of what the resource was after
 * the write (for an article: its writable fields, its tags and people with their roles, its featured image).
 */
public record Revision(long number, Instant madeAt, Reason reason, Writer madeBy, String publicEtag,
        JsonNode snapshot) {

    public RevisionSummary summary() {
        return new RevisionSummary(number, madeAt, reason, madeBy, publicEtag);
    }
}
