package news.dateline.revision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a revision was made: what the write did to the resource. */
public enum Reason {
    CREATED, EDITED, PUBLISHED, UNPUBLISHED, SCHEDULED, ARCHIVED, RESTORED, CORRECTED, DELETED;

    /** As stored and sent: "created", "edited"… */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Reason ofWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
