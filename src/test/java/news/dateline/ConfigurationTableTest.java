package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's configuration table names every setting {@link DatelineConfig} has, by its environment variable. */
class ConfigurationTableTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    @Test
    void everySettingIsInTheReadmeTable() throws IOException {
        Set<String> settings = settings();
        assertFalse(settings.isEmpty(), "no setting found in DatelineConfig: is the walk broken?");

        Set<String> documented = documentedVariables();
        Set<String> missing = settings.stream().filter(setting -> !documented.contains(setting))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "settings the README's configuration table does not name");
    }

    @Test
    void theTableNamesNoSettingThatDoesNotExist() throws IOException {
        Set<String> settings = settings();
        Set<String> unknown = documentedVariables().stream()
                .filter(variable -> variable.startsWith("DATELINE_") && !settings.contains(variable))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown, "DATELINE_ variables in the README table that no setting reads");
    }

    /** The environment variable of every setting DatelineConfig has. */
    private static Set<String> settings() {
        Set<String> settings = new TreeSet<>();
        collect(DatelineConfig.class, "dateline", settings);
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
    private static void collect(Class<?> mapping, String prefix, Set<String> into) {
        for (Method method : mapping.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic() || method.getParameterCount() > 0) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() != null
                    && type.getName().startsWith(DatelineConfig.class.getPackageName())
                    && !List.class.isAssignableFrom(type)) {
                collect(type, property, into);
            } else {
                into.add(property.replaceAll("[.-]", "_").toUpperCase(Locale.ROOT));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
