package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Locations;
import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table names every setting of every {@code @ConfigMapping} under news.dateline (each
 * feature owns its own, found on the classpath), by its environment variable, and no setting that none reads.
 */
class ConfigurationTableTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    private static final String BASE_PACKAGE = "news.dateline";

    /** Every {@code @ConfigMapping} of the main code. */
    private static final List<JavaClass> MAPPINGS = mappings();
    /** Each setting's environment variable, with the mappings that declare it (one, unless two features claim it). */
    private static final Map<String, List<String>> SETTINGS = settings();

    @Test
    void everySettingIsInTheReadmeTable() throws IOException {
        assertFalse(SETTINGS.isEmpty(), "no setting found in any @ConfigMapping: is the walk broken?");

        Set<String> documented = documentedVariables();
        Set<String> missing = SETTINGS.keySet().stream().filter(setting -> !documented.contains(setting))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "settings the README's configuration table does not name");
    }

    @Test
    void theTableNamesNoSettingThatDoesNotExist() throws IOException {
        Set<String> unknown = documentedVariables().stream()
                .filter(variable -> variable.startsWith("DATELINE_") && !SETTINGS.containsKey(variable))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "DATELINE_ variables in the README table that no setting reads");
    }

    @Test
    void everySettingBelongsToOneMapping() {
        Map<String, List<String>> shared = new TreeMap<>(SETTINGS);
        shared.values().removeIf(mappings -> mappings.size() == 1);
        assertEquals(Map.of(), shared, "settings declared by several mappings: the feature that owns it keeps it");
    }

    @Test
    void everyMappingReachesTheRunningService() {
        // Quarkus registers a mapping only where a bean injects it: one read only by ${…} expressions would lose
        // its defaults (the expressions then fail at start in production) unless it is marked @Unremovable.
        List<String> dropped = MAPPINGS.stream()
                .filter(mapping -> !mapping.isAnnotatedWith(Unremovable.class))
                .filter(mapping -> mapping.getDirectDependenciesToSelf().stream()
                        .allMatch(dependency -> isWithin(dependency.getOriginClass(), mapping)))
                .map(JavaClass::getName).toList();
        assertEquals(List.of(), dropped, "mappings no bean injects and not @Unremovable: Quarkus would drop them");
    }

    private static List<JavaClass> mappings() {
        // Our classes alone: resolving what they use (Quarkus, Hibernate…) from the classpath would take seconds.
        JavaClasses classes = ArchConfiguration.withThreadLocalScope(configuration -> {
            configuration.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importLocations(Locations.ofPackage(BASE_PACKAGE).stream()
                    .filter(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS::includes).toList());
        });
        return classes.stream().filter(type -> type.isAnnotatedWith(ConfigMapping.class)).toList();
    }

    /** The environment variable of every setting of every config mapping in the main code. */
    private static Map<String, List<String>> settings() {
        Map<String, List<String>> settings = new TreeMap<>();
        MAPPINGS.stream().map(JavaClass::reflect)
                .forEach(mapping -> collect(mapping, mapping.getAnnotation(ConfigMapping.class).prefix(),
                        mapping.getName(), settings));
        return settings;
    }

    /** Every variable in the first column of a README table row. */
    private static Set<String> documentedVariables() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Set<String> variables = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(readme);
        while (row.find()) {
            Matcher variable = VARIABLE.matcher(row.group(1));
            while (variable.find()) {
                variables.add(variable.group(1));
            }
        }
        return variables;
    }

    /** The environment variable of each leaf of a config mapping: dateline.rate-limit.reads is DATELINE_RATE_LIMIT_READS. */
    private static void collect(Class<?> mapping, String prefix, String root, Map<String, List<String>> into) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic() || method.getParameterCount() > 0) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getName().startsWith(BASE_PACKAGE + ".")) {
                collect(type, property, root, into); // a group of settings, such as dateline.purge.fastly
            } else {
                into.computeIfAbsent(property.replaceAll("[.-]", "_").toUpperCase(Locale.ROOT), v -> new ArrayList<>())
                        .add(root);
            }
        }
    }

    /** The mapping itself or one of its groups, such as PurgeConfig.Fastly. */
    private static boolean isWithin(JavaClass type, JavaClass mapping) {
        return type.equals(mapping) || type.getName().startsWith(mapping.getName() + "$");
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
