package news.dateline.changelog;

import java.util.UUID;

/**
 * One row of the change log: a resource written or deleted, and whether readers without a key could see it before
 * and after (an article: published; a tag or person: always).
 *
 * @param resource "article", "tag" or "person"
 */
public record ChangeEntry(String resource, UUID id, String slug, Action action, boolean wasPublic, boolean isPublic) {

    /** What happened to the resource. */
    public enum Action {
        /** Created or changed: it exists now. */
        UPSERT,
        /** Deleted: it is gone. */
        DELETE;

        /** As stored and as the change stream names it. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Action ofWire(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** An article that shows a changed tag or person: it changes too, and stays as visible as it was. */
    public static ChangeEntry showing(UUID articleId, String slug, boolean published) {
        return new ChangeEntry("article", articleId, slug, Action.UPSERT, published, published);
    }
}
