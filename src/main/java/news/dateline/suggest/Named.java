package news.dateline.suggest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tag or person as the dictionary reads it: its names and aliases, in the base language and by BCP 47 tag in others.
 *
 * @param kind the tag's kind ("organisation"), null for a person
 */
record Named(EntityType type, String kind, UUID id, String slug, String name, List<String> aliases,
        Map<String, Localized> localizations) {

    /** A name and aliases in one other language; either may be absent. */
    record Localized(String name, List<String> aliases) {
    }
}
