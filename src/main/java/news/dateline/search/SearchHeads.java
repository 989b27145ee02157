package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The first stage of a public ranked search: the best matches among the heads of the published articles (title,
 * subtitle and excerpt, migration V23), which hold what an article is about in a vector a few words long. With the
 * RUM index, its distance operator ({@code <=>}, the inverse of a rank) hands them over best first, so a common word
 * is answered without ranking its every match (bench/SCALE-1M.md); with a GIN index (no RUM), the newest
 * {@code dateline.search.candidates} head matches are ranked, as {@link Candidates} does for whole articles.
 */
@ApplicationScoped
public class SearchHeads {

    private final EntityManager em;
    private final int candidates;
    /** RUM's distance operator, qualified by its extension's schema, or "" for a GIN index; null until looked up. */
    private volatile String distance;

    SearchHeads(EntityManager em, SearchConfig config) {
        this.em = em;
        this.candidates = config.candidates();
    }

    /**
     * The ids of at most {@code limit} published articles whose head matches, and which match as a whole, best
     * first: one ordered index walk per branch of the query (see {@link ArticleQuery#branches}), merged. Fewer when
     * an exclusion rules out heads that matched; the bodies' stage then finds the rest.
     */
    public List<UUID> best(ArticleQuery search, String language, int limit) {
        List<String> walks = new ArrayList<>();
        for (ArticleQuery.Branch branch : search.branches()) {
            walks.add("(" + walk(branch, language) + ")");
        }
        // A head that matches is an article that matches for words, phrases, AND and OR, since the head is part of
        // the article's vector; not for NOT, whose word may stand in the body. Each walk's few rows are checked
        // against the whole article (a key probe each), outside the walks so that their order and limit stand.
        String sql = "select h.article_id from (" + String.join(" union all ", walks) + ") h"
                + " where exists (select 1 from article a where a.id = h.article_id and " + search.matches() + ")"
                + " order by h.distance, h.article_id limit :limit";
        @SuppressWarnings("unchecked")
        NativeQuery<Object> query = em.createNativeQuery(sql, Object.class).unwrap(NativeQuery.class);
        query.addScalar("article_id", UUID.class).setParameter("limit", limit);
        search.parameters().forEach(query::setParameter);
        if (language != null) {
            query.setParameter("language", language);
        }
        return query.getResultList().stream().map(UUID.class::cast).toList();
    }

    /** One branch's best heads with their distance, the smaller the better. */
    private String walk(ArticleQuery.Branch branch, String language) {
        String tsquery = branch.tsquery();
        String where = " where h.head @@ " + tsquery
                + (branch.configs().isEmpty() ? "" : " and h.search_config in (" + branch.configs().stream()
                        .map(config -> "cast('" + config.replace("'", "''") + "' as regconfig)")
                        .collect(Collectors.joining(", ")) + ")")
                + (language != null ? " and h.language = :language" : "");
        String operator = distanceOperator();
        if (!operator.isEmpty()) {
            String distance = "h.head " + operator + " " + tsquery;
            return "select h.article_id, " + distance + " as distance from article_search_head h" + where
                    + " order by " + distance + " limit :limit";
        }
        return "select c.article_id, 1 / (ts_rank(c.head, " + tsquery + ") + 1e-9) as distance from"
                + " (select h.article_id, h.head from article_search_head h" + where
                + " order by h.published_at desc limit " + candidates + ") c"
                + " order by distance limit :limit";
    }

    /**
     * {@code OPERATOR(schema.<=>)} when the heads' index is RUM (V23 makes it so where the extension is installed),
     * in whatever schema the extension lives (the tests' search path holds only their own); looked up once.
     */
    private String distanceOperator() {
        String known = distance;
        if (known == null) {
            known = (String) em.createNativeQuery("select coalesce((select 'OPERATOR(' || quote_ident(n.nspname)"
                    + " || '.<=>)' from pg_index x join pg_class i on i.oid = x.indexrelid"
                    + " join pg_am m on m.oid = i.relam, pg_extension e join pg_namespace n on n.oid = e.extnamespace"
                    + " where x.indrelid = to_regclass('article_search_head') and m.amname = 'rum'"
                    + " and e.extname = 'rum'), '')", String.class).getSingleResult();
            distance = known;
        }
        return known;
    }
}
