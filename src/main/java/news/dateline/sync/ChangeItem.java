package news.dateline.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;
import news.dateline.changelog.LoggedChange;

/**
 * One entry of the change stream, as {@code GET /api/v1/changes} sends it: a resource as it is now ({@code upsert},
 * with its representation in {@code data}), or a tombstone ({@code delete}: it was deleted or readers may no longer
 * see it).
 *
 * @param type      what the resource is: "article", "tag" or "person"
 * @param slug      its slug when the change was made (a tombstone's only name besides the id)
 * @param changedAt when the last change it stands for was made
 * @param data      the representation {@code GET /api/v1/{type}s/{id}} gives this caller; absent from a tombstone
 */
public record ChangeItem(ResourceKind type, UUID id, String slug, Change.Action action, Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String data) {

    static ChangeItem upsert(LoggedChange change, String json) {
        return new ChangeItem(change.kind(), change.id(), change.slug(), Change.Action.UPSERT, change.changedAt(),
                json);
    }

    static ChangeItem tombstone(LoggedChange change) {
        return new ChangeItem(change.kind(), change.id(), change.slug(), Change.Action.DELETE, change.changedAt(),
                null);
    }
}
