package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.search.SearchResults.ArticleHit;
import news.dateline.search.SearchResults.PersonHit;
import news.dateline.search.SearchResults.TagHit;
import news.dateline.search.query.Query;
import news.dateline.tag.TagKind;
import org.hibernate.query.NativeQuery;

/**
 * The search queries: a few native statements per kind, whatever the limit, in the SQL of the datasource (through
 * {@link TextSearch} and {@link SearchSql}). Scalars are typed, as H2 hands UUID columns back as bytes otherwise.
 */
@ApplicationScoped
class SearchRepository {

    /** A hit and when what it shows last changed, which makes the response's {@code Last-Modified}. */
    record Found<T>(T hit, Instant updatedAt) {
    }

    /**
     * The article hits, and whether they are all there are to show: false when the heads gave fewer than asked for
     * and the bodies could not be read in full (their time ran out, or as many searches as may read bodies at once
     * were already doing so).
     */
    record Articles(List<Found<ArticleHit>> found, boolean complete) {
    }

    private final EntityManager em;
    private final TextSearch text;
    private final SearchSql dialect;
    private final SearchHeads heads;
    private final TimeBox timeBox;
    private final BodyReaders readers;
    private final int candidates;
    private final Duration bodyTimeout;

    SearchRepository(EntityManager em, TextSearch text, SearchSql dialect, SearchHeads heads, TimeBox timeBox,
            BodyReaders readers, SearchConfig config) {
        this.em = em;
        this.text = text;
        this.dialect = dialect;
        this.heads = heads;
        this.timeBox = timeBox;
        this.readers = readers;
        this.candidates = config.candidates();
        this.bodyTimeout = config.bodyTimeout();
    }

    /**
     * The best articles, in one language or (null) in any. A public search asks the heads first ({@link SearchHeads}):
     * a hit there is about the query, and comes before any article whose body alone matches; the bodies are read
     * only when the heads gave fewer than {@code limit}, for the rest, for at most
     * {@code dateline.search.body-timeout}, and as {@link BodyReaders} lets (so many at once, not a query whose
     * bodies ran out of time lately); otherwise
     * the answer holds the heads' hits and says it is not complete. Editors' searches, which include unpublished
     * articles, and databases without heads (H2) rank the candidates of {@link #bodies}.
     */
    Articles articles(Query query, String language, int limit, boolean publishedOnly) {
        ArticleQuery search = text.articles(query, language);
        if (!publishedOnly || search.branches().isEmpty()) {
            return new Articles(hits(search, List.of(), bodies(search, language, limit, publishedOnly, List.of())),
                    true);
        }
        List<UUID> head = heads.best(search, language, limit);
        if (head.size() >= limit) {
            return new Articles(hits(search, head, List.of()), true);
        }
        Optional<List<UUID>> body = readers.read(new TreeMap<>(search.parameters()) + " " + language,
                () -> timeBox.within(bodyTimeout,
                () -> bodies(search, language, limit - head.size(), true, head)));
        return new Articles(hits(search, head, body.orElse(List.of())), body.isPresent());
    }

    /**
     * The ids of the best articles among the candidates (see {@link Candidates}) but those in {@code except}, ranked
     * over their whole vector in a query that reads only ids.
     */
    private List<UUID> bodies(ArticleQuery search, String language, int limit, boolean publishedOnly,
            List<UUID> except) {
        if (search.beforeSearch() != null) {
            em.createNativeQuery(search.beforeSearch()).getResultList();
        }
        String matching = " where (%s)%s%s%s".formatted(search.matches(),
                language != null ? " and a.language = :language" : "",
                publishedOnly ? " and a.status = 'PUBLISHED'" : "",
                except.isEmpty() ? "" : " and a.id not in (" + literals(except) + ")");
        String sql = ("select a.id, %s as rank from %s order by rank desc, a.published_at desc nulls last, a.id"
                + " limit :limit")
                .formatted(search.rank(), Candidates.newest(matching, publishedOnly, candidates));
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> q = em.createNativeQuery(sql, Object[].class).unwrap(NativeQuery.class);
        q.addScalar("id", UUID.class).addScalar("rank", Double.class).setParameter("limit", limit);
        search.parameters().forEach(q::setParameter);
        if (language != null) {
            q.setParameter("language", language);
        }
        return q.getResultList().stream().map(r -> (UUID) r[0]).toList();
    }

    /**
     * The hits for those ids, the heads' first, each part by its rank over the whole article (equal ranks newest
     * first); the snippet (the costly part) is made for these rows alone, from the head for a head hit.
     */
    private List<Found<ArticleHit>> hits(ArticleQuery search, List<UUID> head, List<UUID> body) {
        if (head.isEmpty() && body.isEmpty()) {
            return List.of();
        }
        String stage = head.isEmpty() ? "1" : "case when a.id in (" + literals(head) + ") then 0 else 1 end";
        String sql = """
                select a.id, a.slug, a.title, a.excerpt, a.published_at, a.updated_at, %s as rank,
                       case when %s = 0 then %s else %s end as snippet, %s as stage
                from article a
                where a.id in (%s)
                order by stage, rank desc, a.published_at desc nulls last, a.id""".formatted(search.rank(), stage,
                search.headSnippet(), search.snippet(), stage,
                literals(Stream.concat(head.stream(), body.stream()).toList()));
        NativeQuery<Object[]> q = query(sql)
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("title", String.class)
                .addScalar("excerpt", String.class)
                .addScalar("published_at", Instant.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("rank", Double.class)
                .addScalar("snippet", String.class);
        bindUsed(q, sql, search.parameters());
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Found<>(new ArticleHit((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (Instant) r[4], rank(r[6]), Highlights.toHtml((String) r[7])), (Instant) r[5]))
                .toList();
    }

    /**
     * Binds the parameters the statement names: the hits' statement holds the rank and snippet but not the match,
     * and in H2's dialect only the match names some of them.
     */
    private static void bindUsed(NativeQuery<?> q, String sql, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (Pattern.compile(":" + Pattern.quote(name) + "\\b").matcher(sql).find()) {
                q.setParameter(name, value);
            }
        });
    }

    /** Ids from the database as SQL literals (a list of at most a page, inlined rather than bound as an array). */
    private static String literals(List<UUID> ids) {
        return ids.stream().map(id -> "cast('" + id + "' as uuid)").collect(Collectors.joining(", "));
    }

    List<Found<TagHit>> tags(String query, int limit) {
        return names("tag", "kind", query, limit).stream().map(r -> new Found<>(new TagHit((UUID) r[0],
                (String) r[1], (String) r[2], TagKind.valueOf((String) r[3]), rank(r[5])), (Instant) r[4])).toList();
    }

    List<Found<PersonHit>> people(String query, int limit) {
        return names("person", "title", query, limit).stream().map(r -> new Found<>(new PersonHit((UUID) r[0],
                (String) r[1], (String) r[2], (String) r[3], rank(r[5])), (Instant) r[4])).toList();
    }

    /**
     * Tags or people matching by name or alias ({@code query} is web-search text, see {@link NameQuery}): id, slug,
     * name, one more column, updated_at, rank.
     */
    private List<Object[]> names(String table, String detail, String query, int limit) {
        String sql = """
                select n.id, n.slug, n.name, n.%s as detail, n.updated_at, %s as rank
                from %s n
                where %s
                order by rank desc, n.id
                limit :limit""".formatted(detail, dialect.nameRank(), table, dialect.nameMatches());
        NativeQuery<Object[]> q = query(sql)
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("name", String.class)
                .addScalar("detail", String.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("rank", Double.class);
        return bind(q, query, limit).getResultList();
    }

    private NativeQuery<Object[]> bind(NativeQuery<Object[]> q, String query, int limit) {
        dialect.nameParameters(query).forEach(q::setParameter);
        return q.setParameter("limit", limit);
    }

    /**
     * PostgreSQL ranks in single precision: widened to double, 0.6946919f would print as 0.6946918964385986. Its
     * shortest decimal form is all the precision there is, and what clients should see.
     */
    private static double rank(Object value) {
        return Double.parseDouble(Float.toString(((Double) value).floatValue()));
    }

    @SuppressWarnings("unchecked")
    private NativeQuery<Object[]> query(String sql) {
        return em.createNativeQuery(sql, Object[].class).unwrap(NativeQuery.class);
    }
}
