package news.dateline.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.article.ArticleLinks.Kind;
import news.dateline.article.ArticleLinks.Link;
import news.dateline.web.paging.Cursor;

/**
 * The WHERE clause of an article list's native SQL under construction ({@link ArticleListPlanner}), with its named
 * parameters and the conditions lists are filtered and paged by. Every value goes in as a parameter.
 */
final class WhereClause {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params;

    WhereClause() {
        this(new HashMap<>());
    }

    private WhereClause(Map<String, Object> params) {
        this.params = params;
    }

    /** A clause for a query around this one (which goes into its FROM): no conditions yet, the same parameters. */
    WhereClause outside() {
        return new WhereClause(params);
    }

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

    /** The conditions joined by AND, without WHERE; empty when there are none. */
    String conditions() {
        return String.join(" and ", conditions);
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Only articles with this link (EXISTS probes the link table's primary key). */
    void andLinked(Link link) {
        if (link.kind() == Kind.TAG) {
            and("exists (select 1 from article_tag at where at.article_id = a.id and at.tag_id = " + bind(link.id())
                    + ")");
            return;
        }
        and("exists (select 1 from article_person ap where ap.article_id = a.id and ap.person_id = " + bind(link.id())
                + (link.role() == null ? "" : " and ap.role = " + bind(link.role().name())) + ")");
    }

    /**
     * Only articles with none of these links: one NOT EXISTS per link table, each a probe of its primary key
     * ({@code article_id, tag_id} or {@code article_id, person_id, role}) for the article at hand.
     */
    void andNoneOf(List<Link> links) {
        List<Object> tags = links.stream().filter(l -> l.kind() == Kind.TAG).map(l -> (Object) l.id()).toList();
        List<Object> people = links.stream().filter(l -> l.kind() == Kind.PERSON).map(l -> (Object) l.id()).toList();
        if (!tags.isEmpty()) {
            and("not exists (select 1 from article_tag nt where nt.article_id = a.id and nt.tag_id in ("
                    + bind(tags) + "))");
        }
        if (!people.isEmpty()) {
            and("not exists (select 1 from article_person np where np.article_id = a.id and np.person_id in ("
                    + bind(people) + "))");
        }
    }

    /**
     * The published link rows ({@code d}) of one tag or person (in one role), as their list index holds them: a
     * condition for one walk alone, so returned rather than added.
     */
    String walked(Link link) {
        return "d." + (link.kind() == Kind.TAG ? "tag_id" : "person_id") + " = " + bind(link.id())
                + " and d.published" + (link.role() == null ? "" : " and d.role = " + bind(link.role().name()));
    }

    /**
     * Only rows beyond the cursor in the direction it reads, as a row comparison the index can range-scan. In list
     * order nulls come last, so reading forwards past a non-null key includes them and reading backwards excludes them.
     */
    void andBeyond(ArticleSort sort, String column, String idColumn, boolean nulls, Cursor cursor) {
        String beyond = sort.descending() != cursor.before() ? "<" : ">";
        String id = bind(cursor.id());
        if (cursor.key() == null) {
            and(cursor.before() ? "(" + column + " is not null or " + idColumn + " " + beyond + " " + id + ")"
                    : "(" + column + " is null and " + idColumn + " " + beyond + " " + id + ")");
            return;
        }
        String past = "(" + column + ", " + idColumn + ") " + beyond
                + " (" + bind(sort.key(cursor.key())) + ", " + id + ")";
        and(nulls && !cursor.before() ? "(" + past + " or " + column + " is null)" : past);
    }
}
