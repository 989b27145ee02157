package news.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package table of {@code docs/architecture.md} as data: each package's row and the packages its "may use" column
 * names. The doc is the one place the rule is written, so the doc and the build cannot disagree.
 *
 * <p>A row is {@code | `name/` | what it owns | `other`, `another` |}: the first cell names one package under
 * {@code news.dateline} ({@code `news.dateline`} for the root itself), the last names every package it may use, each
 * in backticks ("nothing of ours" when none).
 */
record ArchitectureTable(Map<String, Set<String>> mayUse) {

    static final Path FILE = Path.of("docs/architecture.md");
    static final String ROOT = "news.dateline";
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)/?` \\|.*\\|([^|]*)\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`([a-z.]+)/?`");

    static ArchitectureTable read() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the section "## Packages", in the order written; a package named twice is a broken table. */
    static ArchitectureTable parse(List<String> lines) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Packages");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (!inSection || !row.matches()) {
                continue;
            }
            Set<String> uses = new TreeSet<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                uses.add(name.group(1));
            }
            if (rows.put(row.group(1), uses) != null) {
                throw new IllegalStateException(FILE + " has two rows for " + row.group(1));
            }
        }
        return new ArchitectureTable(rows);
    }

    /** The top-level package a class of ours is in, as the table names it. */
    static String packageOf(String className) {
        String rest = className.substring(ROOT.length());
        if (!rest.startsWith(".") || rest.indexOf('.', 1) < 0) {
            return ROOT;
        }
        return rest.substring(1, rest.indexOf('.', 1));
    }
}
