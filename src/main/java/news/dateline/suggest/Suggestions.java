package news.dateline.suggest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code POST /api/v1/suggestions}: the known tags and people a text names, the forms that name more
 * than one of them, and capitalised names that are none of them yet.
 *
 * @param offsets    how {@code start} and {@code end} count: always {@code "utf-16"} (code units, as JavaScript's
 *                   {@code String} indexes and Java's), into the title or the Markdown source as sent
 * @param entities   known tags and people, most confident first
 * @param ambiguous  forms that name two entities or more, with all of them: an editor chooses
 * @param candidates names no tag or person has yet, most frequent first
 */
public record Suggestions(String offsets, List<SuggestedEntity> entities, List<Ambiguity> ambiguous,
        List<Candidate> candidates) {

    static final String UTF_16 = "utf-16";

    /** Which part of the text an occurrence is in. */
    public enum Field {
        TITLE, BODY;

        @JsonValue
        public String wire() {
            return this == TITLE ? "title" : "body";
        }
    }

    /** One place a name stands: {@code text.substring(start, end)} of the field is {@code text}. */
    public record Occurrence(Field field, int start, int end, String text) {
    }

    /** A known tag or person the text names. {@code kind} is the tag's, absent for a person. */
    public record SuggestedEntity(EntityType type, @JsonInclude(JsonInclude.Include.NON_NULL) String kind, UUID id, String slug, String name, List<String> forms,
            int count, double confidence, List<Occurrence> occurrences) {
    }

    /** A tag or person, as an ambiguous form lists them. */
    public record Entity(EntityType type, @JsonInclude(JsonInclude.Include.NON_NULL) String kind, UUID id, String slug, String name) {

        static Entity of(Named named) {
            return new Entity(named.type(), named.kind(), named.id(), named.slug(), named.name());
        }
    }

    /** A form that several entities share ("Lavrov" for two people of that name): every one of them, none chosen. */
    public record Ambiguity(String form, List<Entity> entities, int count, List<Occurrence> occurrences) {
    }

    /** A name that is no tag or person yet ("Donald Trump", "NATO"): what an editor might create. */
    public record Candidate(String text, int count, List<Occurrence> occurrences) {
    }
}
