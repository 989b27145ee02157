package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.article.ArticleListPlanner.Row;
import news.dateline.search.ArticleQuery;
import news.dateline.search.BodyReaders;
import news.dateline.search.Candidates;
import news.dateline.search.SearchConfig;
import news.dateline.search.SearchHeads;
import news.dateline.search.TimeBox;
import news.dateline.web.paging.Cursor;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.ProblemException;
import org.hibernate.query.NativeQuery;

/**
 * A public article list by relevance, ranked as {@code /api/v1/search} ranks: its candidates are the best
 * {@code dateline.search.list-heads} search heads ({@link SearchHeads}, found best first by the heads' index however
 * old they are) and the newest body matches ({@link Candidates}) that are not among them, those read for at most
 * {@code dateline.search.body-timeout}. The list's conditions then filter them; head hits come first, body-only hits
 * after, each part by the whole article's rank, equal ranks newest first, and the cursor's sort key is that (part,
 * rank, publication) triple. The bodies are read only when a page reaches past the head hits, or to count a numbered
 * list.
 */
@ApplicationScoped
class HeadsFirst {

    /** Publication as a whole number, exact in a cursor (published articles always have one). */
    private static final String PUBLISHED_MICROS = "cast(extract(epoch from a.published_at) * 1000000 as bigint)";

    private final EntityManager em;
    private final SearchHeads heads;
    private final TimeBox timeBox;
    private final BodyReaders readers;
    private final int listHeads;
    private final int candidates;
    private final Duration bodyTimeout;

    HeadsFirst(EntityManager em, SearchHeads heads, TimeBox timeBox, BodyReaders readers, SearchConfig config) {
        this.em = em;
        this.heads = heads;
        this.timeBox = timeBox;
        this.readers = readers;
        this.listHeads = config.listHeads();
        this.candidates = config.candidates();
        this.bodyTimeout = config.bodyTimeout();
    }

    /** Whether a list runs here: a search over published articles only, in a database that keeps their heads. */
    static boolean ranks(ArticleFilter filter, ArticleQuery text, boolean publishedOnly) {
        return text != null && !text.branches().isEmpty() && filter.sort() == ArticleSort.RELEVANCE
                && (publishedOnly || filter.statuses().equals(EnumSet.of(ArticleStatus.PUBLISHED)));
    }

    /** The rows of one page and, for a numbered page, how many the list holds. */
    ArticleListPlanner.Found page(ArticleFilter filter, ArticleQuery text, WhereClause sql, PageRequest page) {
        Position from = page.cursor() == null ? null : Position.of(page.cursor());
        CandidateSet found = new CandidateSet(text, sql, heads.best(text, filter.language(), listHeads));
        int rows = page.numbered() ? page.limit() : page.limit() + 1;
        // Body-only hits come after every head hit: a page read forwards that the head hits fill, or one read
        // backwards from a head hit, holds no body. One read backwards from a body-only hit starts among them.
        boolean backwards = from != null && page.cursor().before();
        List<Row> result;
        if (backwards && !from.head()) {
            result = found.page(true, from, page, rows);
        } else {
            List<Row> onlyHeads = found.page(false, from, page, rows);
            result = backwards || onlyHeads.size() >= rows || found.bodies().isEmpty() ? onlyHeads
                    : found.page(true, from, page, rows);
        }
        return new ArticleListPlanner.Found(result, page.numbered() ? found.count() : null);
    }

    /** Where a cursor stands: in the head hits or after them, the rank there, and when that article was published. */
    private record Position(boolean head, double rank, long publishedMicros, UUID id) {

        static Position of(Cursor cursor) {
            String[] key = (cursor.key() == null ? "" : cursor.key()).split(":", -1);
            try {
                if (key.length != 3 || !key[0].equals("0") && !key[0].equals("1")) {
                    throw new IllegalArgumentException(cursor.key());
                }
                return new Position(key[0].equals("0"), Double.parseDouble(key[1]), Long.parseLong(key[2]),
                        cursor.id());
            } catch (IllegalArgumentException e) {
                // A cursor of this list from before heads ranked it held the rank alone.
                throw ProblemException.badParameter("cursor", "is not a cursor issued by this API");
            }
        }

        /**
         * The cursor key of a row: "0:" for a head hit, "1:" for a body-only one, then its rank, then its
         * publication in microseconds since the epoch (equal ranks come newest first).
         */
        static String key(boolean head, double rank, long publishedMicros) {
            return (head ? "0:" : "1:") + rank + ":" + publishedMicros;
        }
    }

    /** The candidates of one list: its best heads, then, read once when asked for, its newest other matches. */
    private final class CandidateSet {

        private final ArticleQuery text;
        private final WhereClause sql;
        private final List<UUID> heads;
        private List<UUID> bodies;

        CandidateSet(ArticleQuery text, WhereClause sql, List<UUID> heads) {
            this.text = text;
            this.sql = sql;
            this.heads = heads;
        }

        /**
         * The newest matches of the list but its heads, for at most the body budget and as {@link BodyReaders} lets;
         * none when it ran out or they did not. Already filtered by the list's conditions.
         */
        List<UUID> bodies() {
            if (bodies == null) {
                String where = (sql.where().isEmpty() ? " where " : sql.where() + " and ")
                        + "a.id <> all(cast(:heads as uuid[]))";
                Map<String, Object> params = new HashMap<>(sql.params());
                params.put("heads", array(heads));
                // The list's own statement and values name it for the readers: other filters may well finish in time.
                String statement = "select a.id as id from " + Candidates.newest(where, true, candidates);
                bodies = readers.read(statement + " " + new TreeMap<>(sql.params()), () -> timeBox.within(bodyTimeout,
                        () -> {
                            @SuppressWarnings("unchecked")
                            List<UUID> ids = query(statement, params).addScalar("id", UUID.class).getResultList();
                            return ids;
                        })).orElse(List.of());
            }
            return bodies;
        }

        /**
         * One page in list order, or reversed when read backwards, from the heads alone or from all candidates.
         * Heads pass the list's conditions here; bodies passed them when read (published still checked).
         */
        List<Row> page(boolean withBodies, Position from, PageRequest page, int rows) {
            List<UUID> all = withBodies ? Stream.concat(heads.stream(), bodies().stream()).toList() : heads;
            if (all.isEmpty()) {
                return List.of();
            }
            Map<String, Object> params = new HashMap<>(sql.params());
            params.put("heads", array(heads));
            params.put("ids", array(all));
            String conditions = sql.conditions().isEmpty() ? "true" : "(" + sql.conditions() + ")";
            String inner = "select a.*, case when a.id = any(cast(:heads as uuid[])) then 1 else 0 end as list_head, "
                    + text.rank() + " as list_rank, " + PUBLISHED_MICROS + " as list_published"
                    + " from article a where a.id = any(cast(:ids as uuid[]))"
                    + (withBodies ? " and (a.id = any(cast(:heads as uuid[])) and " + conditions
                            + " or a.id <> all(cast(:heads as uuid[])) and a.status = 'PUBLISHED')"
                            : " and " + conditions);
            boolean backwards = from != null && page.cursor().before();
            String direction = backwards ? " asc" : " desc";
            String beyond = "";
            if (from != null) {
                beyond = " where (a.list_head, a.list_rank, a.list_published, a.id) " + (backwards ? ">" : "<")
                        + " (:cursor_head, :cursor_rank, :cursor_published, :cursor_id)";
                params.put("cursor_head", from.head() ? 1 : 0);
                params.put("cursor_rank", from.rank());
                params.put("cursor_published", from.publishedMicros());
                params.put("cursor_id", from.id());
            }
            String select = "select a.id as id, a.list_head as head, a.list_rank as k, a.list_published as p, "
                    + "case when a.list_head = 1 then " + text.headSnippet() + " else " + text.snippet() + " end as s"
                    + " from (" + inner + ") a" + beyond
                    + " order by a.list_head" + direction + ", a.list_rank" + direction + ", a.list_published"
                    + direction + ", a.id" + direction;
            @SuppressWarnings("unchecked")
            List<Object[]> found = query(select, params)
                    .addScalar("id", UUID.class)
                    .addScalar("head", Integer.class)
                    .addScalar("k", Double.class)
                    .addScalar("p", Long.class)
                    .addScalar("s", String.class)
                    .setFirstResult(page.offset()).setMaxResults(rows)
                    .getResultList();
            List<Row> result = new ArrayList<>();
            for (Object[] r : found) {
                result.add(new Row((UUID) r[0], Position.key((Integer) r[1] == 1, (Double) r[2], (Long) r[3]),
                        (String) r[4]));
            }
            return result;
        }

        /** How many candidates the list's conditions keep: its heads that pass them, and every body read. */
        long count() {
            if (heads.isEmpty()) {
                return bodies().size();
            }
            Map<String, Object> params = new HashMap<>(sql.params());
            params.put("heads", array(heads));
            Object kept = query("select count(*) from article a where a.id = any(cast(:heads as uuid[]))"
                    + (sql.conditions().isEmpty() ? "" : " and " + sql.conditions()), params).getSingleResult();
            return ((Number) kept).longValue() + bodies().size();
        }
    }

    /**
     * Ids as one array parameter, {@code '{…}'} cast to uuid[] in the statement: one statement text whatever their
     * number (up to list-heads plus candidates), where literals would make a new one, a kilobyte longer per 28 ids,
     * for every list.
     */
    private static String array(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    @SuppressWarnings("rawtypes")
    private NativeQuery query(String sql, Map<String, Object> params) {
        return ArticleListPlanner.nativeQuery(em, sql, params);
    }
}
