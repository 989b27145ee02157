package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.catalogue.SluggedRepository;
import news.dateline.content.Slugs;
import news.dateline.search.TextSearch;
import news.dateline.web.Cursor;
import news.dateline.web.PageRequest;
import news.dateline.web.Refs;
import org.hibernate.query.NativeQuery;

/**
 * Queries over articles. Lists run as one native statement over indexed columns that returns ids and sort keys
 * (keyset or offset paged, filtered with EXISTS on the link tables); the entities are then loaded in one more.
 */
@ApplicationScoped
public class ArticleRepository implements SluggedRepository<Article> {

    private final TextSearch search;

    ArticleRepository(TextSearch search) {
        this.search = search;
    }

    /** One row of a list: the article, its sort key as cursor text, and its search snippet when there was a query. */
    public record Row(UUID id, String key, String snippet) {
    }

    /** The rows of one page; in keyset mode one more than the limit, read in the cursor's direction. */
    public List<Row> rows(ArticleFilter filter, PageRequest page, boolean publishedOnly) {
        ArticleSort sort = filter.sort();
        String sortKey = sort.column(search.articleRank());
        Sql sql = where(filter, publishedOnly);
        // Published articles always have a publishedAt: only an editor's list can meet a null key. Leaving the
        // nulls clause out otherwise lets the order match the (published_at desc, id desc) index exactly.
        boolean nulls = sort.nullable() && !publishedOnly;
        boolean backwards = page.cursor() != null && page.cursor().before();
        if (page.cursor() != null) {
            sql.and(keyset(sort, sortKey, nulls, page.cursor(), sql));
        }
        // Reading backwards flips every direction; nulls stay after everything else in list order.
        boolean descending = sort.descending() != backwards;
        String direction = descending ? " desc" : " asc";
        String nullOrder = nulls ? (backwards ? " nulls first" : " nulls last") : "";
        String select = "select a.id as id, " + sortKey + " as k"
                + (filter.query() != null ? ", " + search.articleSnippet() + " as s" : "")
                + " from article a" + sql.where()
                + " order by " + sortKey + direction + nullOrder + ", a.id" + direction;
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = native_(select, sql.params())
                .addScalar("id", UUID.class)
                .addScalar("k", keyType(sort));
        if (filter.query() != null) {
            query.addScalar("s", String.class);
        }
        query.setFirstResult(page.offset()).setMaxResults(page.numbered() ? page.limit() : page.limit() + 1);
        return query.getResultList().stream()
                .map(r -> new Row((UUID) r[0], r[1] == null ? null : r[1].toString(),
                        r.length > 2 ? (String) r[2] : null))
                .toList();
    }

    /** How many articles match, for numbered pages only. */
    public long count(ArticleFilter filter, boolean publishedOnly) {
        Sql sql = where(filter, publishedOnly);
        Object count = native_("select count(*) from article a" + sql.where(), sql.params()).getSingleResult();
        return ((Number) count).longValue();
    }

    /** The articles with these ids, in the order given. */
    public List<Article> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Article> byId = list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    private Sql where(ArticleFilter filter, boolean publishedOnly) {
        Sql sql = new Sql();
        if (publishedOnly) {
            sql.and("a.status = 'PUBLISHED'");
        }
        if (!filter.statuses().isEmpty()) {
            sql.and("a.status in (" + sql.bind(filter.statuses().stream().map(ArticleStatus::name).toList()) + ")");
        }
        if (filter.language() != null) {
            sql.and("a.language = " + sql.bind(filter.language()));
        }
        if (filter.publishedAfter() != null) {
            sql.and("a.published_at >= " + sql.bind(filter.publishedAfter()));
        }
        if (filter.publishedBefore() != null) {
            sql.and("a.published_at < " + sql.bind(filter.publishedBefore()));
        }
        if (filter.updatedSince() != null) {
            sql.and("a.updated_at >= " + sql.bind(filter.updatedSince()));
        }
        filter.allTags().forEach(tag -> sql.and(tagged(List.of(tag), sql)));
        if (!filter.anyTags().isEmpty()) {
            sql.and(tagged(filter.anyTags(), sql));
        }
        filter.people().forEach(person -> sql.and(linked(person, null, sql)));
        filter.authors().forEach(author -> sql.and(linked(author, PersonRole.AUTHOR, sql)));
        if (filter.query() != null) {
            sql.params().put("q", search.bind(filter.query()));
            sql.and(search.articleMatches());
        }
        return sql;
    }

    // An article carrying any of these tags (each named by slug or id).
    private static String tagged(List<String> refs, Sql sql) {
        return "exists (select 1 from article_tag at join tag t on t.id = at.tag_id where at.article_id = a.id and "
                + named("t", refs, sql) + ")";
    }

    private static String linked(String ref, PersonRole role, Sql sql) {
        return "exists (select 1 from article_person ap join person p on p.id = ap.person_id where ap.article_id = a.id"
                + (role == null ? "" : " and ap.role = " + sql.bind(role.name())) + " and "
                + named("p", List.of(ref), sql) + ")";
    }

    // A reference that is neither an id nor a well-formed slug names nothing (and never reaches the database).
    private static String named(String alias, List<String> refs, Sql sql) {
        List<UUID> ids = refs.stream().map(Refs::asId).flatMap(Optional::stream).toList();
        List<String> slugs = refs.stream().filter(r -> Refs.asId(r).isEmpty() && Slugs.isValid(r)).toList();
        List<String> terms = new ArrayList<>(List.of("1 = 0"));
        if (!ids.isEmpty()) {
            terms.add(alias + ".id in (" + sql.bind(ids) + ")");
        }
        if (!slugs.isEmpty()) {
            terms.add(alias + ".slug in (" + sql.bind(slugs) + ")");
        }
        return "(" + String.join(" or ", terms) + ")";
    }

    /**
     * Rows beyond the cursor in the direction it reads, as a row comparison the index can range-scan. In list order
     * nulls come last, so reading forwards past a non-null key includes them and reading backwards excludes them.
     */
    private static String keyset(ArticleSort sort, String column, boolean nulls, Cursor cursor, Sql sql) {
        String beyond = sort.descending() != cursor.before() ? "<" : ">";
        String id = sql.bind(cursor.id());
        if (cursor.key() == null) {
            return cursor.before() ? "(" + column + " is not null or a.id " + beyond + " " + id + ")"
                    : "(" + column + " is null and a.id " + beyond + " " + id + ")";
        }
        String past = "(" + column + ", a.id) " + beyond + " (" + sql.bind(sort.key(cursor.key())) + ", " + id + ")";
        return nulls && !cursor.before() ? "(" + past + " or " + column + " is null)" : past;
    }

    private static Class<?> keyType(ArticleSort sort) {
        return switch (sort) {
            case TITLE -> String.class;
            case RELEVANCE -> Double.class;
            default -> Instant.class;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private NativeQuery native_(String sql, Map<String, Object> params) {
        NativeQuery query = getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    /** A WHERE clause under construction, with its named parameters. */
    private static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        void and(String condition) {
            conditions.add(condition);
        }

        String bind(Object value) {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }

        Map<String, Object> params() {
            return params;
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
