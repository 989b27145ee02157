package news.dateline.search;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import news.dateline.search.query.Query;
import news.dateline.search.query.Scope;

/**
 * The dev-mode fallback for the embedded H2 database, which has no full-text search of PostgreSQL's kind: each word or
 * phrase of the query, lower-cased, must appear as it is in the title, subtitle, excerpt or body (the part its scope
 * names, if any), ignoring case but not accents and without stemming, and they combine with the query's AND, OR and
 * NOT. Tags and people match the query's words as one text ({@link NameQuery}) in a name, alias or localised name.
 * Rank is 3 for a title hit, 2 for subtitle or excerpt, 1 for the body, of the first word or phrase not excluded;
 * the snippet is the body around its first hit, or the excerpt. {@code locate} tests for the substring literally, so nothing needs escaping as it would in
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
    public ArticleQuery articles(Query userQuery, String language) {
        if (sought(userQuery) == null) {
            // Every parameter given must be used: a query of exclusions alone uses only the rank's and snippet's.
            return new ArticleQuery("1 = 0", articleRank(), articleSnippet(), articleSnippet(), null,
                    Map.of("q", ""), List.of());
        }
        List<Query> leaves = Query.leaves(userQuery);
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            parameters.put("t" + i, bind(text(leaves.get(i))));
        }
        // Rank and snippet follow the first leaf sought; a query of exclusions only matches nothing anyway.
        parameters.put("q", bind(text(sought(userQuery))));
        return new ArticleQuery(matches(userQuery, leaves), articleRank(), articleSnippet(), articleSnippet(), null,
                parameters, List.of());
    }

    /** The query as SQL, each leaf a substring test in the parts of the article its scope names. */
    private static String matches(Query query, List<Query> leaves) {
        if (query instanceof Query.And and) {
            return and.operands().stream().map(q -> matches(q, leaves)).collect(Collectors.joining(" and ", "(", ")"));
        }
        if (query instanceof Query.Or or) {
            return or.operands().stream().map(q -> matches(q, leaves)).collect(Collectors.joining(" or ", "(", ")"));
        }
        if (query instanceof Query.Not not) {
            return "not " + matches(not.operand(), leaves);
        }
        String t = ":t" + leaves.indexOf(query);
        Scope scope = query instanceof Query.Term term ? term.scope() : ((Query.Phrase) query).scope();
        String title = "locate(" + t + ", lower(a.title)) > 0";
        String summary = "(locate(" + t + ", lower(coalesce(a.subtitle, ''))) > 0 or locate(" + t
                + ", lower(a.excerpt)) > 0)";
        String body = "locate(" + t + ", lower(a.body_text)) > 0";
        String in = switch (scope) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case BODY -> body;
            case ANYWHERE -> title + " or " + summary + " or " + body;
        };
        return "(" + t + " <> '' and (" + in + "))";
    }

    /** The first word or phrase not under a NOT, or null when every one is excluded. */
    private static Query sought(Query query) {
        if (query instanceof Query.And and) {
            return and.operands().stream().map(H2TextSearch::sought).filter(Objects::nonNull).findFirst().orElse(null);
        }
        if (query instanceof Query.Or or) {
            return or.operands().stream().map(H2TextSearch::sought).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return query instanceof Query.Not ? null : query;
    }

    private static String text(Query leaf) {
        return leaf == null ? "" : leaf instanceof Query.Term term ? term.text() : ((Query.Phrase) leaf).text();
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
