package news.dateline.web;

import java.util.UUID;

/** A resource addressable by id or by slug, versioned for optimistic concurrency. */
public interface Slugged {

    UUID getId();

    String getSlug();

    long getVersion();

    /** Whether a path or body reference (an id or a slug) names this resource. */
    default boolean isNamedBy(String ref) {
        return Refs.asId(ref).map(getId()::equals).orElseGet(() -> ref.equals(getSlug()));
    }
}
