package news.dateline.facet;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.query.NativeQuery;

/**
 * Counts one facet of a list, bounded in time: each count runs in a transaction of its own under a statement timeout
 * ({@link FacetsConfig#timeout()}), so that a cancelled count never aborts the list's transaction or holds a
 * connection long; a count cancelled at its timeout is made again over the newest matching articles
 * ({@link FacetsConfig#sample()}) and marked approximate, and one that times out again is omitted with its reason.
 * A source of every published article takes its tag and people counts from the counters that triggers keep (migration
 * V6: exact, and instant at a million articles).
 */
@ApplicationScoped
public class FacetCounter {

    /** PostgreSQL's SQLSTATE for a statement cancelled at its timeout. */
    private static final String CANCELLED = "57014";

    /** The rows a plan's top node expects, in its first line ("Seq Scan on article a  (cost=… rows=N width=…)"). */
    private static final Pattern PLAN_ROWS = Pattern.compile(" rows=(\\d+) ");

    private final EntityManager entityManager;
    private final FacetsConfig config;
    private final boolean postgres;

    FacetCounter(EntityManager entityManager, FacetsConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.entityManager = entityManager;
        this.config = config;
        // The embedded dev database (H2) has no statement_timeout: its small data is counted without one.
        this.postgres = dbKind.startsWith("postgres");
    }

    /** When the facets of a request asked for now must be done ({@link FacetsConfig#budget()}). */
    public Instant deadline() {
        return Instant.now().plus(config.budget());
    }

    /**
     * The top {@code limit} values of this dimension among the source's articles; omitted when the request's
     * {@code deadline} has passed.
     */
    public FacetCounts count(FacetDimension dimension, FacetSource source, int limit, Instant deadline) {
        if (source.kind() == FacetSource.Kind.NOTHING) {
            return FacetCounts.exact(List.of());
        }
        if (Instant.now().isAfter(deadline)) {
            return FacetCounts.omitted("not counted: this request's facets took over "
                    + config.budget().toMillis() + " ms");
        }
        boolean linked = dimension.countsTags() || dimension == FacetDimension.PEOPLE;
        boolean kept = source.kind() == FacetSource.Kind.EVERY_PUBLISHED && linked;
        // First the exact count: from the kept counters where they answer, else over every matching article, unless
        // the planner expects more matches than a join through the link rows counts in time.
        if (kept || !linked || !tooMany(source)) {
            Count exact = kept ? kept(dimension, limit) : counted(dimension, "article a", source.condition(), limit);
            Optional<List<FacetValue>> counted = withinTimeout(source, exact, kept ? Map.of() : source.parameters());
            if (counted.isPresent()) {
                return FacetCounts.exact(counted.get());
            }
        }
        Optional<List<FacetValue>> sampled = withinTimeout(source, counted(dimension, source.sample(), "", limit),
                source.parameters());
        if (sampled.isPresent()) {
            return FacetCounts.sampled(sampled.get(), config.sample());
        }
        Log.infof("Facet %s omitted: not counted within %d ms, even over a sample", dimension,
                config.timeout().toMillis());
        return FacetCounts.omitted("not counted within " + config.timeout().toMillis() + " ms");
    }

    /**
     * Whether the planner estimates more matching articles than {@link FacetsConfig#exactLimit()}: an exact count
     * through the link rows would then run into its timeout, and the time is better spent on the sample. (A plan
     * without a row estimate, or H2, which is not asked, tries the exact count, which the timeout still bounds; an
     * estimate that itself runs out of time goes to the sample.)
     */
    private boolean tooMany(FacetSource source) {
        if (!postgres) {
            return false;
        }
        String sql = "explain select 1 from article a"
                + (source.condition().isEmpty() ? "" : " where " + source.condition());
        // A plan is one text column: the list's elements are its lines, not arrays.
        Optional<Long> rows = withinTimeout(source, parameters -> ((List<?>) rows(sql, parameters)).stream()
                .map(line -> line instanceof Object[] columns ? columns[0] : line).map(String::valueOf)
                .map(FacetCounter::planRows).findFirst().orElse(0L), source.parameters());
        return rows.orElse(Long.MAX_VALUE) > config.exactLimit();
    }

    /** The rows the top node of a plan expects, from the plan's first line. */
    private static long planRows(String plan) {
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0L;
    }

    /** One count, or empty when it was cancelled at its timeout (any other failure is thrown). */
    private <T> Optional<T> withinTimeout(FacetSource source, Count<T> count, Map<String, Object> parameters) {
        try {
            return Optional.of(timed(source, count, parameters));
        } catch (RuntimeException e) {
            if (!cancelled(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Runs one count in a transaction of its own, under the timeout. */
    private <T> T timed(FacetSource source, Count<T> count, Map<String, Object> parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (postgres) {
                // Local to this transaction: the pool's own timeout is back for the next one on this connection.
                entityManager.createNativeQuery("select set_config('statement_timeout', :t, true)")
                        .setParameter("t", config.timeout().toMillis() + "ms").getSingleResult();
            }
            source.before().forEach(statement -> entityManager.createNativeQuery(statement).getResultList());
            return count.run(parameters);
        });
    }

    // The kept counts of published articles per tag (of a kind) or person.
    private Count<List<FacetValue>> kept(FacetDimension dimension, int limit) {
        boolean people = dimension == FacetDimension.PEOPLE;
        String table = people ? "person" : "tag";
        String sql = "select n.id, n.slug, n.name, s.published_articles from " + table + "_stats s join " + table
                + " n on n.id = s." + table + "_id where s.published_articles > 0"
                + (dimension.tagKind() == null ? "" : " and n.kind = '" + dimension.tagKind() + "'")
                + " order by s.published_articles desc, n.name, n.slug limit " + limit;
        return parameters -> named(sql, parameters);
    }

    // A count over `relation` (the article table or a sample of it, aliased a) where `condition` holds.
    private Count<List<FacetValue>> counted(FacetDimension dimension, String relation, String condition, int limit) {
        String where = condition.isEmpty() ? "" : " where " + condition;
        String and = condition.isEmpty() ? " where " : where + " and ";
        return switch (dimension) {
            case PEOPLE -> parameters -> named("select p.id, p.slug, p.name, count(distinct a.id) as n from "
                    + relation + " join article_person fp on fp.article_id = a.id join person p on p.id = fp.person_id"
                    + where + " group by p.id, p.slug, p.name order by n desc, p.name, p.slug limit " + limit,
                    parameters);
            case LANGUAGE -> parameters -> rows("select a.language, count(*) as n from " + relation + where
                    + " group by a.language order by n desc, a.language limit " + limit, parameters).stream()
                    .map(r -> FacetValue.language((String) r[0], ((Number) r[1]).longValue())).toList();
            case YEAR -> parameters -> rows("select y, count(*) as n from (select cast(extract(year from"
                    + " a.published_at at time zone 'UTC') as integer) as y from " + relation + and
                    + "a.published_at is not null) years group by y order by n desc, y limit " + limit, parameters)
                    .stream().map(r -> FacetValue.year(((Number) r[0]).intValue(), ((Number) r[1]).longValue()))
                    .toList();
            default -> parameters -> named("select t.id, t.slug, t.name, count(*) as n from " + relation
                    + " join article_tag ft on ft.article_id = a.id join tag t on t.id = ft.tag_id"
                    + (dimension.tagKind() == null ? where : and + "t.kind = '" + dimension.tagKind() + "'")
                    + " group by t.id, t.slug, t.name order by n desc, t.name, t.slug limit " + limit, parameters);
        };
    }

    private List<FacetValue> named(String sql, Map<String, Object> parameters) {
        return rows(sql, parameters).stream().map(r -> FacetValue.named(uuid(r[0]), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Object[]> rows(String sql, Map<String, Object> parameters) {
        NativeQuery query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class);
        parameters.forEach((name, value) -> {
            // A search's parameters serve its rank and snippet too, which a count does not select.
            if (Pattern.compile(":" + name + "(?![A-Za-z0-9_])").matcher(sql).find()) {
                if (value instanceof Collection<?> values) {
                    query.setParameterList(name, values);
                } else {
                    query.setParameter(name, value);
                }
            }
        });
        return query.getResultList();
    }

    private static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) { // H2 hands UUID columns of native queries back as their 16 bytes
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    /** Whether the statement was cancelled at its timeout (anything else is a failure to report, not to hide). */
    static boolean cancelled(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLException sql && CANCELLED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** One count's statement (or an estimate's), given its parameters. */
    @FunctionalInterface
    private interface Count<T> {
        T run(Map<String, Object> parameters);
    }
}
