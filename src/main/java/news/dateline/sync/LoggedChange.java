package news.dateline.sync;

import java.time.Instant;
import java.util.UUID;

/** A row of the change log, as the change stream reads it. */
record LoggedChange(long seq, String resource, UUID id, String slug, String action, Instant changedAt) {

    /** The resource it is about, as one key: "article:<id>". */
    String key() {
        return resource + ':' + id;
    }
}
