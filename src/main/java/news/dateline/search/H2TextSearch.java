package news.dateline.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dev-mode fallback for the embedded H2 database, which has no full-text search of PostgreSQL's kind: the query,
 * lower-cased and without its quotes, must appear as it is in the title, subtitle, excerpt or body (or a tag's or
 * person's name, aliases or localised names), ignoring case but not accents; no stemming and no {@code OR} or {@code -} operators.
 * Rank is 3 for a title hit, 2 for subtitle or excerpt, 1 for the body; the snippet is the body around the first
 * hit, or the excerpt. {@code locate} tests for the substring literally, so nothing needs escaping as it would in
 * a {@code LIKE} pattern.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class H2TextSearch implements TextSearch, SearchSql {

    private static final String IN_TITLE = "locate(:q, lower(a.title)) > 0";
    private static final String IN_SUMMARY = "(locate(:q, lower(coalesce(a.subtitle, ''))) > 0"
            + " or locate(:q, lower(a.excerpt)) > 0)";
    private static final String IN_BODY_AT = "locate(:q, lower(a.body_text))";
    private static final String IN_NAME = "locate(:q, lower(n.name)) > 0";
    private static final String IN_ALIASES = "locate(:q, lower(array_to_string(n.aliases, ' | '))) > 0";
    /**
     * Localised names (migration V20): the JSON text with its keys taken out, so that a query finds the values only.
     * Simpler than PostgreSQL's (V20.1), which reads names and aliases alone: here a localised description or bio
     * matches too, which is good enough for a dev database. The 'g' flag: in its PostgreSQL mode H2 replaces only the
     * first match without it, as PostgreSQL does.
     */
    private static final String IN_LOCALIZATIONS =
            "locate(:q, lower(regexp_replace(n.localizations, '\"[A-Za-z0-9-]+\":', ' ', 'g'))) > 0";

    /** Characters of context kept before and after the hit. */
    private static final int BEFORE = 80;
    private static final int AFTER = 160;

    /** One way for every language: the caller's language filter is all that a language changes here. */
    @Override
    public ArticleQuery articles(String userQuery, String language) {
        return new ArticleQuery(articleMatches(), articleRank(), articleSnippet(), null,
                Map.of("q", bind(userQuery)), List.of());
    }

    private static String articleMatches() {
        return "(:q <> '' and (" + IN_TITLE + " or " + IN_SUMMARY + " or " + IN_BODY_AT + " > 0))";
    }

    private static String articleRank() {
        return "cast(case when " + IN_TITLE + " then 3 when " + IN_SUMMARY + " then 2 else 1 end as double precision)";
    }

    private static String articleSnippet() {
        String at = IN_BODY_AT;
        String from = "greatest(1, " + at + " - " + BEFORE + ")";
        return "case when " + at + " > 0 then concat("
                + "substring(a.body_text, " + from + ", " + at + " - " + from + "), "
                + "chr(1), substring(a.body_text, " + at + ", length(:q)), chr(2), "
                + "substring(a.body_text, " + at + " + length(:q), " + AFTER + "))"
                + " else a.excerpt end";
    }

    private static String bind(String userQuery) {
        return userQuery.replace('"', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public String nameMatches() {
        return "(:q <> '' and (" + IN_NAME + " or " + IN_ALIASES + " or " + IN_LOCALIZATIONS + "))";
    }

    @Override
    public String nameRank() {
        return "cast(case when lower(n.name) = :q then 3 when " + IN_NAME + " then 2 else 1 end as double precision)";
    }

    @Override
    public Map<String, Object> nameParameters(String userQuery) {
        return Map.of("q", bind(userQuery));
    }
}
