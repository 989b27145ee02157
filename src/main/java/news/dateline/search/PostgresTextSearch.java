package news.dateline.search;

import io.quarkus.arc.properties.UnlessBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.search.query.Query;
import news.dateline.search.query.QueryParser;
import news.dateline.search.query.TsQueryText;
import org.hibernate.query.NativeQuery;

/**
 * PostgreSQL full-text search on the generated {@code search} columns of migrations V3 and V21 for a parsed
 * {@link Query} (words, {@code "quoted phrases"}, AND, OR, NOT, groups and scopes, see {@link QueryParser}),
 * accent-insensitive, ranked with {@code ts_rank} over the weights title (A) &gt; subtitle and excerpt (B) &gt; body
 * (C), highlighted with {@code ts_headline}. Names are also matched by prefix for type-ahead: the last word of the
 * query, while it is still being typed, matches any word that starts with it.
 *
 * <p>Articles are searched per language (V21). Each article's vector is made with its language's text search
 * configuration, which the table {@code text_search_language} names and {@code dateline_search_config(tag)} looks up
 * (the exact tag, then its primary subtag, then the default {@code dateline_simple}: no stemming, unaccent only);
 * the article keeps it in {@code article.search_config}. English is {@code dateline} (English stemming and stop
 * words, unaccent), as it was before V21. A query is analysed as the articles it is matched against:
 * <ul>
 * <li>with a language filter, with that language's configuration alone (the caller filters by language);</li>
 * <li>without one, with every configuration the table names.</li>
 * </ul>
 * A first small statement analyses each word and phrase of the query with each configuration, as
 * {@code websearch_to_tsquery} always did ({@code websearch_to_tsquery(config, word)}, and the quoted form for a
 * phrase), so stemming, unaccent, stop words and words with punctuation ({@code nagorno-karabakh} as a phrase of its
 * parts) behave as before; {@link TsQueryText} then combines them with the query's operators into one tsquery per
 * configuration (scoped words restricted to their weight, leaves of stop words dropped). Configurations whose
 * tsquery comes out alike share one branch, and the match is an OR of branches, each
 * {@code a.search_config in (its configurations) and a.search @@ (its tsquery)}. Every branch can use the full-text
 * index (a BitmapOr), and a walk down the newest-first index tests one branch per article, so the search stays as
 * index-friendly as with one configuration. "ukraine" makes two branches (the stemmers' {@code ukrain}, and the
 * unstemmed {@code ukraine} of {@code dateline_simple}).
 *
 * <p>Rank and snippet use the article's branch's query, and {@code ts_headline} the article's own configuration, so
 * highlights mark what the article's analysis matched. A branch whose query no index can use (only stop words, or
 * only exclusions: {@code -trump}, {@code NOT trump}, {@code a OR -b}) is left out, since it would match every article
 * or none; with no branch left nothing matches.
 *
 * <p>Each branch's tsquery is a bound parameter cast to {@code tsquery}, not a scalar subquery: the planner, which
 * sees a parameter's value when it plans the statement (as it saw the text given to {@code websearch_to_tsquery}
 * before), can estimate from the lexeme statistics how many rows match and choose between the GIN index and, say, a
 * walk down the newest-first index; a scalar subquery would hide the value and leave it a default guess.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2", enableIfMissing = true)
class PostgresTextSearch implements TextSearch, SearchSql {

    /**
     * Each configuration's analysis of each word and phrase of the query (:l0, :l1…) as tsquery text (empty when it
     * has no lexemes), for one language or for every configuration in use.
     */
    private static final String ANALYSIS = "select cast(c.config as text) as config, l.i as leaf,"
            + " cast(websearch_to_tsquery(c.config, l.text) as text) as query from ";
    private static final String ONE_LANGUAGE = "(select dateline_search_config(:language) as config) c";
    private static final String EVERY_LANGUAGE = "(select distinct config from text_search_language) c";
    private static final String IN_ORDER = " order by c.config = cast('dateline' as regconfig) desc, 1, 2";

    /** Hits between U+0001 and U+0002 (which {@link Highlights} turns into marks), 15 to 35 words, 2 passages. */
    private static final String HEADLINE_OPTIONS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)"
            + " || ', MaxWords=35, MinWords=15, MaxFragments=2'";

    /**
     * For a query with a phrase ({@code "foreign minister"}, or a hyphenated word), index walks and table scans are
     * turned off for the rest of the transaction, which leaves the full-text index. PostgreSQL estimates a phrase
     * as if its words were apart, so for two common words it expects many matches and walks the newest-first index,
     * or scans the table, testing article after article; for a rare phrase that reads every article (11-13 s at a
     * million). From the full-text index, the RUM index of V7 checks the phrase in the index itself (0.5 s cold at a
     * million), a GIN index rechecks the articles holding both words (about 2 s) (bench/SCALE-1M.md).
     * {@code set_config(..., true)} lasts until the transaction ends.
     */
    private static final String PHRASE_PLANNING =
            "select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)";

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

    private final EntityManager em;

    PostgresTextSearch(EntityManager em) {
        this.em = em;
    }

    /** Configurations that analyse the query alike, and the tsquery they analyse it to. */
    private record Branch(TsQueryText.Compiled query, List<String> configs) {
    }

    @Override
    public ArticleQuery articles(Query userQuery, String language) {
        List<Query> leaves = Query.leaves(userQuery);
        Map<String, Map<Integer, String>> analyses = analyse(leaves, language);
        Map<String, Branch> byQuery = new LinkedHashMap<>();
        boolean phrase = false;
        for (Map.Entry<String, Map<Integer, String>> analysis : analyses.entrySet()) {
            Map<Integer, String> byLeaf = analysis.getValue();
            TsQueryText.Compiled compiled = TsQueryText.compile(userQuery,
                    leaf -> byLeaf.get(leaves.indexOf(leaf)));
            if (!compiled.searchable()) {
                continue;
            }
            phrase |= compiled.hasPhrase();
            byQuery.computeIfAbsent(compiled.match(), q -> new Branch(compiled, new ArrayList<>())).configs()
                    .add(analysis.getKey());
        }
        List<Branch> branches = new ArrayList<>(byQuery.values());
        if (branches.isEmpty()) {
            return new ArticleQuery("1 = 0", "cast(0 as double precision)", "cast(null as text)", "cast(null as text)",
                    null, Map.of(),
                    List.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            parameters.put("m" + i, branches.get(i).query().match());
        }
        String before = phrase ? PHRASE_PLANNING : null;
        // One branch for all configurations (always so with a language filter) needs no test of the configuration.
        if (branches.size() == 1 && branches.get(0).configs().size() == analyses.size()) {
            return new ArticleQuery(matches(0), rank(ranked(0)), snippet(0), headSnippet(0), before, parameters,
                    List.of(new ArticleQuery.Branch(List.of(), match(0))));
        }
        List<String> matches = new ArrayList<>();
        StringBuilder ranked = new StringBuilder("case");
        StringBuilder snippet = new StringBuilder("case");
        StringBuilder headSnippet = new StringBuilder("case");
        for (int i = 0; i < branches.size(); i++) {
            // regconfig compares as an oid: a bare literal would be read as a number.
            String in = "a.search_config in (" + branches.get(i).configs().stream()
                    .map(config -> "cast(" + literal(config) + " as regconfig)").collect(Collectors.joining(", ")) + ")";
            matches.add("(" + in + " and " + matches(i) + ")");
            ranked.append(" when ").append(in).append(" then ").append(ranked(i));
            snippet.append(" when ").append(in).append(" then ").append(snippet(i));
            headSnippet.append(" when ").append(in).append(" then ").append(headSnippet(i));
        }
        return new ArticleQuery("(" + String.join(" or ", matches) + ")", rank(ranked + " end"), snippet + " end",
                headSnippet + " end",
                before, parameters, IntStream.range(0, branches.size())
                        .mapToObj(i -> new ArticleQuery.Branch(branches.get(i).configs(), match(i))).toList());
    }

    /** Each configuration's analysis of each leaf (by its index in {@code leaves}), configurations in order. */
    private Map<String, Map<Integer, String>> analyse(List<Query> leaves, String language) {
        StringBuilder values = new StringBuilder("(values ");
        for (int i = 0; i < leaves.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:l").append(i).append(" as text))");
        }
        values.append(") l(i, text)");
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = em.createNativeQuery(ANALYSIS + (language == null ? EVERY_LANGUAGE
                : ONE_LANGUAGE) + " cross join " + values + IN_ORDER, Object[].class).unwrap(NativeQuery.class);
        query.addScalar("config", String.class).addScalar("leaf", Integer.class).addScalar("query", String.class);
        for (int i = 0; i < leaves.size(); i++) {
            Query leaf = leaves.get(i);
            // A phrase is analysed in its quoted form, a word as it is: websearch_to_tsquery's own reading of each.
            query.setParameter("l" + i, leaf instanceof Query.Phrase phrase ? '"' + phrase.text() + '"'
                    : ((Query.Term) leaf).text());
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        Map<String, Map<Integer, String>> analyses = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            analyses.computeIfAbsent((String) row[0], c -> new HashMap<>()).put((Integer) row[1], (String) row[2]);
        }
        return analyses;
    }

    private static String matches(int branch) {
        return "a.search @@ " + match(branch);
    }

    /** The branch's tsquery, a parameter the planner sees (see the class comment). */
    private static String match(int branch) {
        return "cast(:m" + branch + " as tsquery)";
    }

    /**
     * What ranks, as a float: the query without its exclusions ({@code querytree} keeps the part an index could use),
     * from an uncorrelated scalar subquery, computed once per statement rather than once per row: no estimate
     * depends on it. ts_rank of a query with {@code !word} in it is erratic (a hit can rank 40 times lower for
     * excluding a word it does not contain), while what a document does not contain says nothing of how well it
     * matches. (A parameter of its own would do too, but a statement must use every parameter it is given, and a
     * list sorted by date does not rank.)
     *
     * <p>Its words count each by where it stands and how often, as a single word does (its ANDs ranked as ORs),
     * plus a tenth of how close they stand (the query as it is). {@code ts_rank} of an AND alone weighs only
     * closeness: two words side by side once deep in a long body (0.197) outranked a headline with one of them and
     * the other a sentence later (0.013); closeness now decides between articles where the words weigh alike
     * (search/RankingQualityTest). The match still requires every word, and phrases keep their own rank. Lexemes
     * hold no spaces, so {@code ' & '} in querytree's text is only ever the operator.
     */
    private static String ranked(int branch) {
        String sought = "querytree(" + match(branch) + ")";
        return "ts_rank(a.search, (select cast(replace(" + sought + ", ' & ', ' | ') as tsquery)))"
                + " + 0.1 * ts_rank(a.search, (select cast(" + sought + " as tsquery)))";
    }

    /**
     * {@code ts_rank} (see {@link #ranked}) with its default weights (A 1.0, B 0.4, C 0.2, D 0.1) and no length
     * normalisation: a single title hit (about 0.67) outranks any number of body hits of the same word (at most
     * about 0.22), which a length normalisation or cover density ({@code ts_rank_cd}) would not guarantee.
     */
    private static String rank(String ranked) {
        return "cast(" + ranked + " as double precision)";
    }

    /** Around the hits in the body if the body matches, else in the title, else in the subtitle and excerpt. */
    private static String snippet(int branch) {
        String query = match(branch);
        return "case"
                + " when ts_filter(a.search, cast(array['c'] as \"char\"[])) @@ " + query
                + " then " + headline("a.body_text", query)
                + " when ts_filter(a.search, cast(array['a'] as \"char\"[])) @@ " + query
                + " then " + headline("a.title", query)
                + " else " + headline("concat_ws(' ', a.subtitle, a.excerpt)", query)
                + " end";
    }

    /**
     * Around the hits in the subtitle and excerpt if they hold any, else in the title: a head hit's head says what
     * the article is about, and its passage costs two short texts where a body's costs the body (at a million
     * articles, most of a search's snippet time).
     */
    private static String headSnippet(int branch) {
        String query = match(branch);
        return "(select case when strpos(s.summary, chr(1)) > 0 then s.summary else "
                + headline("a.title", query) + " end from (select "
                + headline("concat_ws(' ', a.subtitle, a.excerpt)", query) + " as summary) s)";
    }

    /** With the article's own configuration: the one its vector, and so its hits, were made with. */
    private static String headline(String document, String query) {
        return "ts_headline(a.search_config, " + document + ", " + query + ", " + HEADLINE_OPTIONS + ")";
    }

    /** A configuration's name as an SQL literal (names come from the database, quoted all the same). */
    private static String literal(String config) {
        return "'" + config.replace("'", "''") + "'";
    }

    /**
     * Guarded as an article search is (a query no index can narrow down matches nothing), but with the type-ahead
     * prefix: "the" may be the start of "Theresa".
     */
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
}
