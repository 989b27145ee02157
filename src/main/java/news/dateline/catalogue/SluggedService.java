package news.dateline.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.dateline.web.input.IfMatch;
import news.dateline.web.input.MergePatcher;
import news.dateline.web.problem.ProblemException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The write side articles, tags and people share: find by id or slug, check the version the writer states,
 * apply the change, flush (so the new version is in the answer) and render the result.
 *
 * <p>Subclasses are {@code @Singleton} beans: a normal-scoped bean would need a no-argument constructor for its
 * client proxy, which a class whose collaborators are final constructor parameters cannot have.
 *
 * @param <E> the entity
 * @param <N> its writable form (the body of POST and PUT, the document a PATCH merges into)
 * @param <V> the view returned to the client
 */
public abstract class SluggedService<E extends Slugged, N, V> {

    private final SluggedRepository<E> repository;
    private final MergePatcher patcher;
    private final Event<Change> changes;
    private final ChangeLog changeLog;
    private final Class<N> formType;
    private final ResourceKind kind;
    private final Map<String, String> uniqueFields;

    /**
     * @param changes      where each write is announced to this instance (stored documents, caches listen)
     * @param changeLog    where each write is logged for everything downstream (change stream, webhooks, other
     *                     instances' caches)
     * @param kind         what the entity is, in messages, events and the log
     * @param uniqueFields the field each unique constraint of the table protects, by constraint name: a write that
     *                     loses a race for a unique value is a 409 naming that field
     */
    protected SluggedService(SluggedRepository<E> repository, MergePatcher patcher, Event<Change> changes,
            ChangeLog changeLog, Class<N> formType, ResourceKind kind, Map<String, String> uniqueFields) {
        this.repository = repository;
        this.patcher = patcher;
        this.changes = changes;
        this.changeLog = changeLog;
        this.formType = formType;
        this.kind = kind;
        this.uniqueFields = Map.copyOf(uniqueFields);
    }

    /** A new, not yet persisted entity. */
    protected abstract E newEntity(Instant now);

    /** Copies a checked writable form onto the entity, applying the resource's rules. */
    protected abstract void apply(E entity, N input, Instant now);

    /** The entity's current writable form, which a merge patch is applied to. */
    protected abstract N formOf(E entity);

    protected abstract V view(E entity);

    /** Called with the entity's row locked, before it is deleted: a resource takes here what else it must lock. */
    protected void removing(E entity) {
    }

    /** Whether readers without a key may see the entity as it is now. */
    protected boolean isPublic(E entity) {
        return true;
    }

    /**
     * Called once a write is flushed (the entity's new version is known) or, for a delete, just before the entity goes:
     * in the writer's transaction, before the change is announced and logged. A resource keeps its history here.
     */
    protected void written(E entity, Change change) {
    }

    /**
     * The articles whose representation shows this entity (a tag's or a person's name is in each article that carries
     * it), read while they still link to it: they change with it, and the change log says so.
     */
    protected List<Change> articlesShowing(E entity) {
        return List.of();
    }

    /**
     * Other resources this write changed itself, once it is flushed (an article's other language versions, which list
     * it): announced and logged with it, so that this instance renders, uncaches and purges them at once too.
     */
    protected List<Change> alsoChanged(E entity) {
        return List.of();
    }

    @Transactional
    public V create(N input) {
        Instant now = Timestamps.now();
        return write(newEntity(now), false, input, now);
    }

    @Transactional
    public V replace(String ref, IfMatch ifMatch, N input) {
        E entity = findVersion(ref, ifMatch);
        return write(entity, isPublic(entity), input, Timestamps.now());
    }

    @Transactional
    public V patch(String ref, IfMatch ifMatch, JsonNode patch) {
        E entity = findVersion(ref, ifMatch);
        return write(entity, isPublic(entity), patcher.apply(formOf(entity), patch, formType), Timestamps.now());
    }

    @Transactional
    public void delete(String ref, IfMatch ifMatch) {
        E entity = findVersion(ref, ifMatch);
        removing(entity);
        Change deleted = change(entity, Change.Action.DELETE, isPublic(entity), false);
        written(entity, deleted);
        List<Change> showing = articlesShowing(entity); // before the delete takes their links away
        List<Change> changes = new ArrayList<>(List.of(deleted));
        changes.addAll(alsoChanged(entity));
        repository.delete(entity);
        repository.flush();
        changed(changes, showing);
    }

    protected E find(String ref) {
        return repository.findByRef(ref).orElseThrow(() -> ProblemException.notFound(kind.wire(), ref));
    }

    /**
     * Applies the checked input, writes it now (persisting a new entity), announces the change and logs it.
     *
     * @param wasPublic whether readers without a key could see the entity before this write
     */
    protected V write(E entity, boolean wasPublic, N input, Instant now) {
        apply(entity, input, now);
        return save(entity, wasPublic);
    }

    /**
     * Writes an entity already changed by the caller's own rules now, announces the change and logs it: the rest of
     * {@link #write}, for a change that is no new writable form (a note added to an article).
     */
    protected V save(E entity, boolean wasPublic) {
        repository.persist(entity); // a no-op for an entity already stored
        flush();
        Change written = change(entity, Change.Action.UPSERT, wasPublic, isPublic(entity));
        written(entity, written);
        List<Change> changes = new ArrayList<>(List.of(written));
        changes.addAll(alsoChanged(entity));
        changed(changes, articlesShowing(entity));
        return view(entity);
    }

    /**
     * Announces writes made (and flushed) in the current transaction to this instance, then logs them with the
     * articles that show them: the log comes last, since it holds the log's clock until the commit
     * (ChangeLog#record).
     *
     * @param written the changes to what this service wrote itself, each fired as an event
     * @param showing the articles that change with them ({@link #articlesShowing}), only logged
     */
    protected void changed(List<Change> written, List<Change> showing) {
        written.forEach(changes::fire);
        List<Change> logged = new ArrayList<>(written);
        logged.addAll(showing);
        changeLog.record(logged);
    }

    /** The change to this entity that a write makes. */
    protected Change change(E entity, Change.Action action, boolean wasPublic, boolean isPublic) {
        return new Change(kind, entity.getId(), entity.getSlug(), action, wasPublic, isPublic);
    }

    /**
     * The entity at the version the writer has seen, its row locked until the transaction ends: writers of one
     * resource take turns, so the one that waited finds a new version (412) instead of both rewriting its links at
     * once, which deadlocked in PostgreSQL's unique index on those links (500s, seen in ConcurrentWritesTest). The
     * lock checks the version it locks: a write committed since this read is a 412 too.
     */
    protected E findVersion(String ref, IfMatch ifMatch) {
        E entity = find(ref);
        ifMatch.check(entity.getVersion(), kind.wire());
        repository.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_WRITE);
        return entity;
    }

    /**
     * Writes the change now, so the new version is in the answer and a unique value that another writer took since
     * our own check (which the database enforces) is reported as what it is.
     */
    private void flush() {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw uniqueFieldOf(e).<RuntimeException>map(field -> new AlreadyTaken(kind, field, null)).orElse(e);
        }
    }

    private Optional<String> uniqueFieldOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                // Matched loosely: drivers differ in the case and the details they report around the name.
                String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
                return uniqueFields.entrySet().stream().filter(u -> name.contains(u.getKey()))
                        .map(Map.Entry::getValue).findFirst();
            }
        }
        return Optional.empty();
    }
}
