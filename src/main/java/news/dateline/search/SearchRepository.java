package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.search.SearchResults.ArticleHit;
import news.dateline.search.SearchResults.PersonHit;
import news.dateline.search.SearchResults.TagHit;
import news.dateline.search.query.Query;
import news.dateline.tag.TagKind;
import org.hibernate.query.NativeQuery;

/**
 * The search queries: one native statement per kind, whatever the limit, in the SQL of the datasource (through
 * {@link TextSearch} and {@link SearchSql}). Scalars are typed, as H2 hands UUID columns back as bytes otherwise.
 */
@ApplicationScoped
class SearchRepository {

    /** A hit and when what it shows last changed, which makes the response's {@code Last-Modified}. */
    record Found<T>(T hit, Instant updatedAt) {
    }

    private final EntityManager em;
    private final TextSearch text;
    private final SearchSql dialect;
    private final int candidates;

    SearchRepository(EntityManager em, TextSearch text, SearchSql dialect, SearchConfig config) {
        this.em = em;
        this.text = text;
        this.dialect = dialect;
        this.candidates = config.candidates();
    }

    /**
     * The best articles among the candidates (see {@link Candidates}), in one language or (null) in any: ranked and
     * cut in an inner query that reads only ids, so the snippet (the costly part) is made for the returned rows alone.
     */
    List<Found<ArticleHit>> articles(Query query, String language, int limit, boolean publishedOnly) {
        ArticleQuery search = text.articles(query, language);
        if (search.beforeSearch() != null) {
            em.createNativeQuery(search.beforeSearch()).getResultList();
        }
        String matching = " where (%s)%s%s".formatted(search.matches(),
                language != null ? " and a.language = :language" : "",
                publishedOnly ? " and a.status = 'PUBLISHED'" : "");
        String sql = """
                select a.id, a.slug, a.title, a.excerpt, a.published_at, a.updated_at, r.rank, %s as snippet
                from (select a.id, %s as rank from %s
                      order by rank desc, a.id
                      limit :limit) r
                join article a on a.id = r.id
                order by r.rank desc, a.id""".formatted(search.snippet(), search.rank(),
                Candidates.newest(matching, publishedOnly, candidates));
        NativeQuery<Object[]> q = query(sql)
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("title", String.class)
                .addScalar("excerpt", String.class)
                .addScalar("published_at", Instant.class)
                .addScalar("updated_at", Instant.class)
                .addScalar("rank", Double.class)
                .addScalar("snippet", String.class)
                .setParameter("limit", limit);
        search.parameters().forEach(q::setParameter);
        if (language != null) {
            q.setParameter("language", language);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new Found<>(new ArticleHit((UUID) r[0], (String) r[1], (String) r[2],
                (String) r[3], (Instant) r[4], rank(r[6]), Highlights.toHtml((String) r[7])), (Instant) r[5]))
                .toList();
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
