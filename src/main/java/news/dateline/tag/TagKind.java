package news.dateline.tag;

import java.util.Locale;

/** What a tag labels. */
public enum TagKind {
    TOPIC, PLACE, ORGANISATION, EVENT;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
