package news.dateline.language;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Localisations by language as JSON text in a column ({@code tag.localizations}, {@code person.localizations},
 * migration V20): text rather than a JSON type, so that one migration serves PostgreSQL and H2 alike. Stored
 * sorted by language, so that equal maps give equal text. Subclasses name the type of one localisation.
 */
public abstract class LocalizationsJson<L> implements AttributeConverter<Map<String, L>, String> {

    /** A mapper of its own: the column's format must not follow settings made for the HTTP API. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final TypeReference<TreeMap<String, L>> type;

    protected LocalizationsJson(TypeReference<TreeMap<String, L>> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Map<String, L> localizations) {
        try {
            return MAPPER.writeValueAsString(localizations == null ? Map.of() : new TreeMap<>(localizations));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, L> convertToEntityAttribute(String json) {
        return parse(json);
    }

    /** The localisations a column holds (an empty map for none), for reads that bypass the entity. */
    public Map<String, L> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
