package news.dateline.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.UUID;

/**
 * The kinds of resource the catalogue holds, with the one name each has in the change log, the change stream, webhook
 * payloads and surrogate keys.
 */
public enum ResourceKind {
    ARTICLE,
    TAG,
    PERSON;

    private final String wire = name().toLowerCase(Locale.ROOT);

    /** As the change log stores it and every answer writes it: "article", "tag", "person". */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The surrogate key of one resource of this kind, which caches and CDNs purge by: "article:&lt;id&gt;". */
    public String surrogateKey(UUID id) {
        return wire + ':' + id;
    }

    /** The kind a stored name stands for; an unknown name is a broken log, not a client's mistake. */
    public static ResourceKind ofWire(String value) {
        for (ResourceKind kind : values()) {
            if (kind.wire.equals(value)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown resource kind: " + value);
    }
}
