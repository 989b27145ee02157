package news.dateline.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.content.Slugs;
import news.dateline.web.input.Refs;
import news.dateline.web.paging.Cursor;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;
import org.hibernate.query.NativeQuery;

/** The repository base of every resource with an id and a unique {@code slug} column: lookups and paging they share. */
public interface SluggedRepository<E extends Slugged> extends PanacheRepositoryBase<E, UUID> {

    default Optional<E> findByRef(String ref) {
        Optional<UUID> id = Refs.asId(ref);
        if (id.isPresent()) {
            return findByIdOptional(id.get());
        }
        // Something that is neither an id nor a well-formed slug names nothing: no need to ask the database.
        return Slugs.isValid(ref) ? find("slug", ref).firstResultOptional() : Optional.empty();
    }

    /** Everything a list of references names, in one statement; references that name nothing are simply absent. */
    default List<E> findByRefs(Collection<String> refs) {
        List<UUID> ids = refs.stream().map(Refs::asId).flatMap(Optional::stream).toList();
        List<String> slugs = refs.stream().filter(r -> Refs.asId(r).isEmpty() && Slugs.isValid(r)).toList();
        if (ids.isEmpty() && slugs.isEmpty()) {
            return List.of();
        }
        if (ids.isEmpty()) {
            return list("slug in ?1", slugs);
        }
        return slugs.isEmpty() ? list("id in ?1", ids) : list("id in ?1 or slug in ?2", ids, slugs);
    }

    /**
     * Runs a native {@code select <id> as id, <count> as n ... where <id> in (:ids)} and returns the counts by
     * id. Typed scalars keep it portable: H2 hands UUID columns back as bytes unless told otherwise.
     */
    default Map<UUID, Long> countsById(String sql, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(sql, Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("n", Long.class)
                .setParameter("ids", ids)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    /**
     * The articles linked to the entity {@code id} through a link table ({@code article_tag} by {@code tag_id}…), as
     * changes: an article shows the names of what it links to, so it changes with them. Scalars typed for
     * H2 as above.
     */
    default List<Change> articlesLinkedThrough(String linkTable, String linkColumn, UUID id) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select distinct a.id as id, a.slug as slug,"
                        + " a.status as status from article a join " + linkTable + " l on l.article_id = a.id"
                        + " where l." + linkColumn + " = :id order by a.id", Object[].class)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class)
                .addScalar("slug", String.class)
                .addScalar("status", String.class)
                .setParameter("id", id)
                .getResultList();
        return rows.stream()
                .map(r -> Change.showing((UUID) r[0], (String) r[1], "PUBLISHED".equals(r[2])))
                .toList();
    }

    /**
     * A page ordered by {@code column} then id: an offset page (with the total) in numbered mode, otherwise a keyset
     * page read from the cursor in its direction, bound to {@code scope}.
     *
     * @param keyOf the row's value of {@code column}, as a cursor carries it
     */
    default Listing<E> pageBy(String column, Function<E, String> keyOf, PageRequest request, String scope) {
        Sort forwards = Sort.by(column).and("id");
        if (request.numbered()) {
            return Listing.numbered(findAll(forwards).page(request.number() - 1, request.limit()).list(), count());
        }
        // One row more than the limit: the extra row only says there is more.
        Cursor cursor = request.cursor();
        List<E> rows;
        if (cursor == null) {
            rows = findAll(forwards).range(0, request.limit()).list();
        } else {
            String keyset = cursor.before() ? "%1$s < ?1 or (%1$s = ?1 and id < ?2)"
                    : "%1$s > ?1 or (%1$s = ?1 and id > ?2)";
            Sort order = cursor.before() ? Sort.descending(column, "id") : forwards;
            rows = find(keyset.formatted(column), order, cursor.key(), cursor.id()).range(0, request.limit()).list();
        }
        return Listing.keyset(rows, request, scope, keyOf, Slugged::getId);
    }

    /** Whether another row than {@code except} (null for a new row) already has this slug. */
    default boolean slugTaken(String slug, UUID except) {
        return except == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, except) > 0;
    }
}
