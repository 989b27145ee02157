package news.dateline.catalogue;

import java.util.UUID;
import news.dateline.web.input.Refs;

/** A resource addressable by id or by slug, versioned for optimistic concurrency: an article, a tag, a person. */
public interface Slugged {

    UUID getId();

    String getSlug();

    long getVersion();

    /** Whether a path or body reference (an id or a slug) names this resource. */
    default boolean isNamedBy(String ref) {
        return Refs.asId(ref).map(getId()::equals).orElseGet(() -> ref.equals(getSlug()));
    }
}
