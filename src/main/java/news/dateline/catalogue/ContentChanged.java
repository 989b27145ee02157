package news.dateline.catalogue;

import java.util.UUID;

/**
 * An article, tag or person was created, changed or deleted in the current transaction. Observers that care only
 * about what committed observe it {@code during = AFTER_SUCCESS}.
 *
 * @param resource "article", "tag" or "person"
 */
public record ContentChanged(String resource, UUID id) {
}
