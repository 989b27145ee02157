package news.dateline.suggest;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a suggested entity is: a tag or a person. */
public enum EntityType {
    TAG, PERSON;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
