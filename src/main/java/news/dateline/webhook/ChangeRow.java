package news.dateline.webhook;

import java.time.Instant;
import java.util.UUID;

/** A change log row as the dispatcher reads it. */
record ChangeRow(long seq, String resource, UUID id, String slug, String action, boolean wasPublic, boolean isPublic,
        Instant changedAt) {
}
