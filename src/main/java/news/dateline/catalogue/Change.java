package news.dateline.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.UUID;

/**
 * A change to one resource made by the current transaction, not yet committed: the row {@link ChangeLog} writes for it
 * when the transaction ends, and, for each resource a service wrote itself, the CDI event it fires (observed in the
 * transaction by stored documents, and {@code during = AFTER_SUCCESS}, once it committed, by this instance's response
 * cache, purges and read replica monitor). The articles that change with a tag or person ({@link #showing}) are logged
 * but not fired. Once committed, the log holds it as a {@code changelog.LoggedChange}.
 *
 * @param wasPublic whether readers without a key could see the resource before (an article: published; a tag or
 *                  person: always, once it exists)
 * @param isPublic  whether they can see it after
 * @param corrected whether the change added a public note to the article (a correction, clarification or update)
 */
public record Change(ResourceKind kind, UUID id, String slug, Action action, boolean wasPublic, boolean isPublic,
        boolean corrected) {

    public Change(ResourceKind kind, UUID id, String slug, Action action, boolean wasPublic, boolean isPublic) {
        this(kind, id, slug, action, wasPublic, isPublic, false);
    }

    /** The same change, as one that added a public note. */
    public Change asCorrection() {
        return new Change(kind, id, slug, action, wasPublic, isPublic, true);
    }

    /** What happened to the resource. */
    public enum Action {
        /** Created or changed: it exists now. */
        UPSERT,
        /** Deleted: it is gone. */
        DELETE;

        /** As the change log stores it and the change stream writes it: "upsert", "delete". */
        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action ofWire(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }

    /** An article that shows a changed tag or person: it changes too, and stays as visible as it was. */
    public static Change showing(UUID articleId, String slug, boolean published) {
        return new Change(ResourceKind.ARTICLE, articleId, slug, Action.UPSERT, published, published);
    }

    /** The surrogate key of the changed resource, which caches and CDNs purge by. */
    public String surrogateKey() {
        return kind.surrogateKey(id);
    }
}
