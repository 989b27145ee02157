package news.dateline.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the change stream: a resource as it is now ({@code upsert}, with its representation in
 * {@code data}), or a tombstone ({@code delete}: it was deleted or readers may no longer see it).
 *
 * @param type      "article", "tag" or "person"
 * @param slug      its slug when the change was made (a tombstone's only name besides the id)
 * @param changedAt when the last change it stands for was made
 * @param data      the representation {@code GET /api/v1/{type}s/{id}} gives this caller; absent from a tombstone
 */
public record ChangeItem(String type, UUID id, String slug, String action, Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String data) {

    static final String UPSERT = "upsert";
    static final String DELETE = "delete";

    static ChangeItem upsert(LoggedChange change, String json) {
        return new ChangeItem(change.resource(), change.id(), change.slug(), UPSERT, change.changedAt(), json);
    }

    static ChangeItem tombstone(LoggedChange change) {
        return new ChangeItem(change.resource(), change.id(), change.slug(), DELETE, change.changedAt(), null);
    }
}
