package news.dateline.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/** Reads the change log (migration V12) in sequence order. Scalars are typed: H2 hands UUIDs back as bytes otherwise. */
@ApplicationScoped
class ChangeLogReader {

    private final EntityManager entityManager;

    ChangeLogReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The highest sequence number committed. Every change numbered up to it has committed too, since numbers are
     * handed out in commit order (V12): a reader that has read up to it has missed nothing below it.
     */
    long last() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(seq), 0) from change_log")
                .getSingleResult()).longValue();
    }

    /**
     * Up to {@code limit} changes after {@code seq} and up to {@code until}, oldest first.
     *
     * @param publicOnly only changes {@code Visibility.PUBLIC} could see: to or from something public (V13's index)
     */
    @SuppressWarnings("unchecked")
    List<LoggedChange> between(long seq, long until, int limit, boolean publicOnly) {
        List<Object[]> rows = entityManager.createNativeQuery("select seq, resource, entity_id, slug, action, changed_at"
                        + " from change_log where seq > :seq and seq <= :until"
                        + (publicOnly ? " and (was_public or is_public)" : "")
                        + " order by seq limit :limit", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("seq", Long.class)
                .addScalar("resource", String.class)
                .addScalar("entity_id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("action", String.class)
                .addScalar("changed_at", OffsetDateTime.class)
                .setParameter("seq", seq)
                .setParameter("until", until)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new LoggedChange((Long) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                (String) r[4], ((OffsetDateTime) r[5]).toInstant())).toList();
    }
}
