package news.dateline.revision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/** One run of a word-level diff: text both versions share, or text only the new (insert) or the old (delete) has. */
public record WordChange(Op op, String text) {

    public WordChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }

    /** What a run is, written in lower case on the wire ("equal", "insert", "delete"). */
    public enum Op {
        EQUAL, INSERT, DELETE;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
