package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.dateline.article.ArticleLinks.Kind;
import news.dateline.article.ArticleLinks.Link;
import news.dateline.article.ArticleLinks.Named;
import news.dateline.content.Slugs;
import news.dateline.facet.FacetSource;
import news.dateline.search.ArticleQuery;
import news.dateline.search.Candidates;
import news.dateline.search.SearchConfig;
import news.dateline.search.TextSearch;
import news.dateline.web.input.Refs;
import news.dateline.web.paging.PageRequest;
import org.hibernate.query.NativeQuery;

/**
 * Plans and runs the page query of an article list. Lists run as one native statement over indexed columns that
 * returns ids and sort keys (keyset or offset paged); the caller then loads the entities or stored documents in one
 * more. Tags and people a filter names are first resolved to ids, with their published-article counts. A public list
 * by publication date that names a tag or a person is driven from the link rows, which carry the list's sort key
 * (migration V6): it walks the index of the tag or person with the fewest published articles in list order and stops
 * after one page, however many articles carry it; any-of walks each tag and merges. Other lists filter with EXISTS on
 * the link tables, and exclusions ({@code notTag}, {@code notPerson}) with NOT EXISTS on them, in every list. A list
 * by relevance over published articles, where the database keeps search heads (migration V23), takes the best heads
 * and then, time-boxed, the newest body matches as its candidates ({@link HeadsFirst}): head hits first. Other lists
 * by relevance (an editor's with drafts, H2) rank the newest {@code dateline.search.candidates} matches
 * ({@link Candidates}), the cursor's condition outside them so that every page ranks the same set.
 */
@ApplicationScoped
class ArticleListPlanner {

    private final EntityManager entityManager;
    private final TextSearch search;
    private final HeadsFirst headsFirst;
    private final int candidates;

    ArticleListPlanner(EntityManager entityManager, TextSearch search, HeadsFirst headsFirst, SearchConfig config) {
        this.entityManager = entityManager;
        this.search = search;
        this.headsFirst = headsFirst;
        this.candidates = config.candidates();
    }

    /** One row of a list: the article, its sort key as cursor text, and its search snippet when there was a query. */
    record Row(UUID id, String key, String snippet) {
    }

    /** The rows of a page and, for a numbered page, how many the list holds (see {@link #count}); else null. */
    record Found(List<Row> rows, Long total) {
    }

    /**
     * One page of a list, with its total when numbered. A public list by relevance, where the database keeps search
     * heads, is ranked by {@link HeadsFirst}; every other by one statement over the article table.
     */
    Found page(ArticleFilter filter, ArticleLinks links, PageRequest page, boolean publishedOnly) {
        ArticleQuery text = planned(filter);
        if (HeadsFirst.ranks(filter, text, publishedOnly)) {
            return headsFirst.page(filter, text, where(filter, text, links, publishedOnly), page);
        }
        return new Found(rows(filter, text, links, page, publishedOnly),
                page.numbered() ? count(filter, text, links, publishedOnly) : null);
    }

    /** The rows of one page; in keyset mode one more than the limit, read in the cursor's direction. */
    List<Row> rows(ArticleFilter filter, ArticleLinks links, PageRequest page, boolean publishedOnly) {
        return rows(filter, planned(filter), links, page, publishedOnly);
    }

    // The filter's search (null without a query), with what adjusts its planning already run in this transaction.
    private ArticleQuery planned(ArticleFilter filter) {
        ArticleQuery text = text(filter);
        if (text != null && text.beforeSearch() != null) {
            nativeQuery(text.beforeSearch(), Map.of()).getResultList();
        }
        return text;
    }

    private List<Row> rows(ArticleFilter filter, ArticleQuery text, ArticleLinks links, PageRequest page,
            boolean publishedOnly) {
        ArticleSort sort = filter.sort();
        boolean backwards = page.cursor() != null && page.cursor().before();
        // Reading backwards flips every direction; nulls stay after everything else in list order.
        String direction = sort.descending() != backwards ? " desc" : " asc";
        int rows = page.numbered() ? page.limit() : page.limit() + 1;
        List<Link> drivers = drivable(filter, publishedOnly) ? links.drivers() : List.of();
        NativeQuery<Object[]> query = drivers.isEmpty()
                ? scanned(filter, text, links, page, publishedOnly, direction)
                : driven(filter, links, drivers, page, direction, page.offset() + rows);
        query.setFirstResult(page.offset()).setMaxResults(rows);
        return query.getResultList().stream()
                .map(r -> new Row((UUID) r[0], r[1] == null ? null : r[1].toString(),
                        r.length > 2 ? (String) r[2] : null))
                .toList();
    }

    /**
     * How many articles match, for numbered pages, counted up to {@link PageRequest#MAX_NUMBERED_ITEMS} plus one:
     * numbered pages reach no further, and an exact count of a large result would read all of it.
     */
    private long count(ArticleFilter filter, ArticleQuery text, ArticleLinks links, boolean publishedOnly) {
        WhereClause sql = where(filter, text, links, publishedOnly);
        // Relevance reaches only its candidates.
        int reach = filter.sort() == ArticleSort.RELEVANCE ? Math.min(candidates, PageRequest.MAX_NUMBERED_ITEMS + 1)
                : PageRequest.MAX_NUMBERED_ITEMS + 1;
        Object count = nativeQuery("select count(*) from (select 1 from article a" + sql.where() + " limit " + reach
                + ") c", sql.params()).getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The articles of this list as facets count them: its conditions and the caller's visibility, and the newest of
     * them as a sample (by publication for the public, by last change for editors, as relevance's candidates are).
     */
    FacetSource facets(ArticleFilter filter, ArticleLinks links, boolean publishedOnly, int sampleSize) {
        ArticleQuery text = text(filter);
        WhereClause sql = where(filter, text, links, publishedOnly);
        boolean everyPublished = filter.onlyByStatus() && (publishedOnly
                || filter.statuses().equals(EnumSet.of(ArticleStatus.PUBLISHED)));
        return new FacetSource(sql.conditions(), Candidates.newest(sql.where(), publishedOnly, sampleSize),
                sql.params(), text == null || text.beforeSearch() == null ? List.of() : List.of(text.beforeSearch()),
                everyPublished ? FacetSource.Kind.EVERY_PUBLISHED : FacetSource.Kind.FILTERED);
    }

    /** The tags and people the filter names, resolved; empty when nothing can match. */
    Optional<ArticleLinks> links(ArticleFilter filter) {
        return ArticleLinks.resolve(filter, this::named);
    }

    // The search of the filter's query, in the filter's language or each article's own; null without a query.
    private ArticleQuery text(ArticleFilter filter) {
        return filter.query() == null ? null : search.articles(filter.query(), filter.language());
    }

    // Public lists by publication date without a query: only there do the link rows carry the sort key.
    private static boolean drivable(ArticleFilter filter, boolean publishedOnly) {
        boolean published = publishedOnly || filter.statuses().equals(EnumSet.of(ArticleStatus.PUBLISHED));
        return published && filter.query() == null
                && (filter.sort() == ArticleSort.NEWEST || filter.sort() == ArticleSort.OLDEST);
    }

    // Scans the article table (an index on the sort key where there is one), the link filters as EXISTS.
    private NativeQuery<Object[]> scanned(ArticleFilter filter, ArticleQuery text, ArticleLinks links,
            PageRequest page, boolean publishedOnly, String direction) {
        ArticleSort sort = filter.sort();
        String sortKey = sort.column(text == null ? null : text.rank());
        WhereClause sql = where(filter, text, links, publishedOnly);
        String from = " from article a";
        if (sort == ArticleSort.RELEVANCE) {
            // The same candidates for every page: the cursor's condition applies outside them.
            from = " from " + Candidates.newest(sql.where(), publishedOnly, candidates);
            sql = sql.outside();
        }
        // Published articles always have a publishedAt: only an editor's list can meet a null key. Leaving the
        // nulls clause out otherwise lets the order match the (published_at desc, id desc) index exactly.
        boolean nulls = sort.nullable() && !publishedOnly;
        if (page.cursor() != null) {
            sql.andBeyond(sort, sortKey, "a.id", nulls, page.cursor());
        }
        boolean backwards = page.cursor() != null && page.cursor().before();
        String nullOrder = nulls ? (backwards ? " nulls first" : " nulls last") : "";
        String select = "select a.id as id, " + sortKey + " as k"
                + (text != null ? ", " + text.snippet() + " as s" : "")
                + from + sql.where()
                + " order by " + sortKey + direction + nullOrder + ", a.id" + direction;
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = nativeQuery(select, sql.params())
                .addScalar("id", UUID.class)
                .addScalar("k", sort.keyType());
        if (text != null) {
            query.addScalar("s", String.class);
        }
        return query;
    }

    /**
     * Walks the link rows of each driver in list order ({@code d.published_at, d.article_id}, which the link
     * indexes hold), each walk stopping after {@code reach} rows, and merges the walks (one per any-of tag; a
     * person with two roles on one article yields it once).
     */
    private NativeQuery<Object[]> driven(ArticleFilter filter, ArticleLinks links, List<Link> drivers, PageRequest page,
            String direction, int reach) {
        WhereClause sql = where(filter, null, links.without(drivers), true);
        if (page.cursor() != null) {
            sql.andBeyond(filter.sort(), "d.published_at", "d.article_id", false, page.cursor());
        }
        List<String> walks = new ArrayList<>();
        for (Link driver : drivers) {
            boolean tag = driver.kind() == Kind.TAG;
            walks.add("(select " + (tag ? "" : "distinct ") + "d.article_id as id, d.published_at as k from "
                    + (tag ? "article_tag_listing" : "article_person_listing") + " d"
                    + " join article a on a.id = d.article_id" + sql.where() + " and " + sql.walked(driver)
                    + " order by d.published_at" + direction + ", d.article_id" + direction + " limit " + reach + ")");
        }
        String select = "select u.id as id, u.k as k from (" + String.join(" union ", walks) + ") u"
                + " order by u.k" + direction + ", u.id" + direction;
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = nativeQuery(select, sql.params())
                .addScalar("id", UUID.class)
                .addScalar("k", Instant.class);
        return query;
    }

    // The tags or people of one kind that these references name, with their published-article counts.
    private List<Named> named(String kind, Collection<String> refs) {
        List<UUID> ids = refs.stream().map(Refs::asId).flatMap(Optional::stream).toList();
        List<String> slugs = refs.stream().filter(r -> Refs.asId(r).isEmpty() && Slugs.isValid(r)).toList();
        if (ids.isEmpty() && slugs.isEmpty()) {
            return List.of();
        }
        WhereClause sql = new WhereClause();
        List<String> terms = new ArrayList<>();
        if (!ids.isEmpty()) {
            terms.add("n.id in (" + sql.bind(ids) + ")");
        }
        if (!slugs.isEmpty()) {
            terms.add("n.slug in (" + sql.bind(slugs) + ")");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = nativeQuery("select n.id as id, n.slug as slug, coalesce(s.published_articles, 0) as n"
                + " from " + kind + " n left join " + kind + "_stats s on s." + kind + "_id = n.id"
                + " where " + String.join(" or ", terms), sql.params())
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("n", Long.class)
                .getResultList();
        return found.stream().map(r -> new Named((UUID) r[0], (String) r[1], (Long) r[2])).toList();
    }

    // The conditions of the filter, its resolved links and the caller's visibility, over the article table (a).
    private WhereClause where(ArticleFilter filter, ArticleQuery text, ArticleLinks links, boolean publishedOnly) {
        WhereClause sql = new WhereClause();
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
        links.allOf().forEach(sql::andLinked);
        if (!links.anyTags().isEmpty()) {
            sql.and("exists (select 1 from article_tag at where at.article_id = a.id and at.tag_id in ("
                    + sql.bind(links.anyTags().stream().map(Link::id).toList()) + "))");
        }
        if (!links.noneOf().isEmpty()) {
            sql.andNoneOf(links.noneOf());
        }
        if (text != null) {
            sql.params().putAll(text.parameters());
            sql.and(text.matches());
        }
        return sql;
    }

    @SuppressWarnings("rawtypes")
    private NativeQuery nativeQuery(String sql, Map<String, Object> params) {
        return nativeQuery(entityManager, sql, params);
    }

    /** A native statement with its named parameters bound, a collection as a list of values. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static NativeQuery nativeQuery(EntityManager entityManager, String sql, Map<String, Object> params) {
        NativeQuery query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        params.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
