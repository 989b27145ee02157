package news.dateline.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads every tag and person with its names and aliases, localised ones included (migration V20's
 * {@code localizations}, JSON text), in two plain statements on the primary: a projection of the columns the
 * dictionary needs, not entities, so sixty thousand rows cost one pass and no persistence context. Portable SQL,
 * PostgreSQL and H2 alike.
 */
@Singleton
class DictionaryRepository {

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;

    DictionaryRepository(AgroalDataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    List<Named> all() throws SQLException {
        List<Named> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setFetchSize(5000);
            try (ResultSet rows = statement.executeQuery(
                    "select id, slug, name, kind, aliases, localizations from tag")) {
                while (rows.next()) {
                    all.add(named(EntityType.TAG, rows.getString(4).toLowerCase(Locale.ROOT), rows));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "select id, slug, name, null, aliases, localizations from person")) {
                while (rows.next()) {
                    all.add(named(EntityType.PERSON, null, rows));
                }
            }
        }
        return all;
    }

    private Named named(EntityType type, String kind, ResultSet rows) throws SQLException {
        return new Named(type, kind, rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                strings(rows.getArray(5)), localizations(rows.getString(6)));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String.class::cast).toList();
    }

    /** {"sq":{"name":"OSBE","aliases":["…"]}}: only names and aliases matter here. */
    private Map<String, Named.Localized> localizations(String json) {
        if (json == null || json.isBlank() || json.equals("{}")) {
            return Map.of();
        }
        try {
            Map<String, Named.Localized> localized = new LinkedHashMap<>();
            JsonNode root = mapper.readTree(json);
            root.fields().forEachRemaining(entry -> {
                JsonNode fields = entry.getValue();
                List<String> aliases = new ArrayList<>();
                fields.path("aliases").forEach(alias -> aliases.add(alias.asText()));
                String name = fields.path("name").isTextual() ? fields.path("name").asText() : null;
                if (name != null || !aliases.isEmpty()) {
                    localized.put(entry.getKey(), new Named.Localized(name, aliases));
                }
            });
            return localized;
        } catch (java.io.IOException e) {
            return Map.of(); // written by Localizations' rules: unreadable only if edited by hand; the base names stay
        }
    }
}
