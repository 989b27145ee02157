package news.dateline.changelog;

import java.time.Instant;
import java.util.UUID;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;

/**
 * A change the log holds: committed, numbered in commit order (migration V12), as what follows the log reads it (the
 * change stream, webhooks, purges). Before it committed it was a {@link Change}.
 *
 * @param seq       its position in the log
 * @param wasPublic whether readers without a key could see the resource before the change
 * @param isPublic  whether they could see it after
 * @param changedAt when the change was made
 * @param corrected whether it added a public note to the article
 */
public record LoggedChange(long seq, ResourceKind kind, UUID id, String slug, Change.Action action, boolean wasPublic,
        boolean isPublic, Instant changedAt, boolean corrected) {

    /** The surrogate key of the changed resource ({@code article:<id>}), which caches and CDNs purge by. */
    public String surrogateKey() {
        return kind.surrogateKey(id);
    }
}
