package news.dateline.web.input;

import java.util.Optional;
import java.util.UUID;

/** A path reference is an id or a slug; this tells which. */
public final class Refs {

    private Refs() {
    }

    /** The id a reference names, if it is written as a UUID; otherwise it is a slug. */
    public static Optional<UUID> asId(String ref) {
        if (ref == null || ref.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
