package news.dateline.changelog;

import java.time.Instant;
import java.util.UUID;

/** A change log row as its readers downstream (webhooks, purges) read it. */
public record ChangeRow(long seq, String resource, UUID id, String slug, String action, boolean wasPublic,
        boolean isPublic, Instant changedAt) {
}
