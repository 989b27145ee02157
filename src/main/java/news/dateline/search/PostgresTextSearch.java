package news.dateline.search;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL full-text search on the generated {@code search} columns of migration V3: {@code websearch_to_tsquery}
 * syntax (words, {@code "quoted phrases"}, {@code OR}, {@code -exclusion}), stemmed English and accent-insensitive
 * through the {@code dateline} text search configuration, ranked with {@code ts_rank} over the weights title (A) &gt;
 * subtitle and excerpt (B) &gt; body (C), highlighted with {@code ts_headline}. Names are also matched by prefix for
 * type-ahead: the last word of the query, while it is still being typed, matches any word that starts with it.
 *
 * <p>Matching calls {@code websearch_to_tsquery} inline, so that the planner, which knows the query's value, can
 * estimate from the lexeme statistics how many rows match and choose between the GIN index and, say, a walk down
 * the newest-first index (a scalar subquery would hide the value and leave it a default guess). Rank and snippet
 * take their query from an uncorrelated scalar subquery instead, computed once per statement rather than once per
 * row: no estimate depends on them.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2", enableIfMissing = true)
class PostgresTextSearch implements TextSearch, SearchSql {

    private static final String MATCH = "websearch_to_tsquery('dateline', :q)";

    private static final String QUERY = "(select " + MATCH + ")";

    /**
     * What ranks: the query without its exclusions ({@code querytree} keeps the part an index could use). ts_rank
     * of a query with {@code !word} in it is erratic (a hit can rank 40 times lower for excluding a word it does
     * not contain), while what a document does not contain says nothing of how well it matches.
     */
    private static final String RANKED = "(select cast(querytree(websearch_to_tsquery('dateline', :q)) as tsquery))";

    /** Hits between U+0001 and U+0002 (which {@link Highlights} turns into marks), 15 to 35 words, 2 passages. */
    private static final String HEADLINE_OPTIONS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)"
            + " || ', MaxWords=35, MinWords=15, MaxFragments=2'";

    /**
     * The whole query as whole words, or its head as whole words and its last word as a prefix of an unstemmed
     * word (a stem is no prefix: "organisa" must reach "organisation", whose stem is "organ").
     */
    private static final String NAME_QUERY = """
            case
                when :prefix = '' then websearch_to_tsquery('dateline', :q)
                when :head = '' then websearch_to_tsquery('dateline', :q)
                    || to_tsquery('dateline_simple', :prefix)
                else websearch_to_tsquery('dateline', :q)
                    || (websearch_to_tsquery('dateline', :head) && to_tsquery('dateline_simple', :prefix))
            end""";

    /** The words of the query as a set, to compare with a name's. */
    private static final String TYPED_WORDS = "(select strip(to_tsvector('dateline_simple', :q)))";

    private static final String NAME_RANKED = "(select cast(querytree(" + NAME_QUERY + ") as tsquery))";

    /** The word being typed: letters and digits at the very end, not negated ("-word") and not inside quotes. */
    private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+$");

    /** Guarded as {@link #selective} is: a query that only excludes ("-ukraine") would read every article. */
    @Override
    public String articleMatches() {
        return "a.search @@ " + MATCH + " and " + selective();
    }

    /**
     * {@code ts_rank} of the words sought (see {@link #RANKED}) with its default weights (A 1.0, B 0.4, C 0.2,
     * D 0.1) and no length normalisation: a single title hit (about 0.61) outranks any number of body hits of the
     * same word (at most about 0.2), which a length normalisation or cover density ({@code ts_rank_cd}) would not
     * guarantee.
     */
    @Override
    public String articleRank() {
        return "cast(ts_rank(a.search, " + RANKED + ") as double precision)";
    }

    /** Around the hits in the body if the body matches, else in the title, else in the subtitle and excerpt. */
    @Override
    public String articleSnippet() {
        return "case"
                + " when ts_filter(a.search, cast(array['c'] as \"char\"[])) @@ " + QUERY
                + " then " + headline("a.body_text")
                + " when ts_filter(a.search, cast(array['a'] as \"char\"[])) @@ " + QUERY
                + " then " + headline("a.title")
                + " else " + headline("concat_ws(' ', a.subtitle, a.excerpt)")
                + " end";
    }

    /**
     * For a query with a phrase ({@code "foreign minister"}, or a hyphenated word), index walks and table scans are
     * turned off for the rest of the transaction, which leaves the full-text index. PostgreSQL estimates a phrase
     * as if its words were apart, so for two common words it expects many matches and walks the newest-first index,
     * or scans the table, testing article after article; for a rare phrase that reads every article (11-13 s at a
     * million). From the full-text index, the RUM index of V7 checks the phrase in the index itself (0.5 s cold at a
     * million), a GIN index rechecks the articles holding both words (about 2 s) (bench/SCALE-1M.md).
     * {@code set_config(..., true)} lasts until the transaction ends.
     */
    @Override
    public String beforeSearch() {
        return "select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)"
                + " where strpos(cast(" + MATCH + " as text), '<') > 0";
    }

    /** websearch_to_tsquery never rejects its input, so what the user typed goes to PostgreSQL unchanged. */
    @Override
    public String bind(String userQuery) {
        return userQuery;
    }

    /**
     * {@code querytree} is the part of a query an index can answer: {@code T} when no part can, empty when the query
     * has no words at all (stop words only, "the"), which would match nothing anyway but draw a notice from the
     * parser for every row a scan filtered.
     */
    @Override
    public String selective() {
        return "querytree(" + QUERY + ") not in ('T', '')";
    }

    /** Guarded as {@link #selective} is, but with the type-ahead prefix: "the" may be the start of "Theresa". */
    @Override
    public String nameMatches() {
        return "n.search @@ (" + NAME_QUERY + ") and querytree((select " + NAME_QUERY + ")) not in ('T', '')";
    }

    /**
     * Rank in [0, 1) ({@code ts_rank} normalised as rank/(rank+1)), plus 1 when the name is the words of the query
     * (in any case, accents and order), or plus 0.5 when an alias is: "Lavrov" puts the person of that alias above
     * a tag named "Lavrov Mission".
     */
    @Override
    public String nameRank() {
        return "cast(ts_rank(n.search, " + NAME_RANKED + ", 32)"
                + " + case when " + words("n.name") + " = " + TYPED_WORDS + " then 1"
                + " when exists (select 1 from unnest(n.aliases) as aka(name)"
                + " where " + words("aka.name") + " = " + TYPED_WORDS + ") then 0.5"
                + " else 0 end as double precision)";
    }

    @Override
    public Map<String, Object> nameParameters(String userQuery) {
        String[] split = splitLastWord(userQuery);
        return Map.of("q", userQuery, "head", split[0], "prefix", split[1].isEmpty() ? "" : split[1] + ":*");
    }

    /**
     * Splits a query into its head and the word being typed at its end, {@code ["sergei", "lavr"]} for
     * {@code "sergei lavr"}; the word is empty when the query does not end in one that is plainly being typed
     * (it ends in punctuation such as a closing quote, the word is excluded with {@code -}, or a quote is still
     * open). A hyphen inside a word is no exclusion: {@code "nagorno-kar"} types {@code "kar"}. The word
     * holds letters, marks and digits only, so {@code word + ":*"} is always a valid {@code to_tsquery} operand.
     */
    static String[] splitLastWord(String query) {
        Matcher word = LAST_WORD.matcher(query);
        if (!word.find() || query.chars().filter(c -> c == '"').count() % 2 != 0) {
            return new String[] {query, ""};
        }
        int start = word.start();
        boolean negated = start > 0 && query.charAt(start - 1) == '-'
                && (start == 1 || Character.isWhitespace(query.charAt(start - 2)));
        return negated ? new String[] {query, ""} : new String[] {query.substring(0, start), word.group()};
    }

    private static String words(String text) {
        return "strip(to_tsvector('dateline_simple', " + text + "))";
    }

    private static String headline(String document) {
        return "ts_headline('dateline', " + document + ", " + QUERY + ", " + HEADLINE_OPTIONS + ")";
    }
}
