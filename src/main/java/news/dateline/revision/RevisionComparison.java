package news.dateline.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;

/**
 * Revision {@code number} compared with revision {@code against} (null for a first revision, compared with nothing:
 * every field it has is added): which top-level fields differ, an RFC 6902 JSON
 * Patch that turns {@code against}'s snapshot into {@code number}'s, and the text fields that changed as word runs a
 * frontend can show as track changes.
 */
public record RevisionComparison(long number, Long against, List<String> changed, JsonNode patch,
        Map<String, List<WordChange>> words) {

    /** @param against the revision to compare with; null: none */
    public static RevisionComparison of(Revision revision, Revision against, List<String> textFields) {
        JsonNode before = against == null ? JsonNodeFactory.instance.objectNode() : against.snapshot();
        RevisionDiff diff = RevisionDiff.between(before, revision.snapshot(), textFields);
        return new RevisionComparison(revision.number(), against == null ? null : against.number(), diff.changed(),
                diff.patch(), diff.words());
    }
}
