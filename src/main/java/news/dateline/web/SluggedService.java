package news.dateline.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The write side articles, tags and people share: find by id or slug, check the version the writer states,
 * apply the change, flush (so the new version is in the answer) and render the result.
 *
 * @param <E> the entity
 * @param <N> its writable form (the body of POST and PUT, the document a PATCH merges into)
 * @param <V> the view returned to the client
 */
public abstract class SluggedService<E extends Slugged, N, V> {

    private final SluggedRepository<E> repository;
    private final MergePatcher patcher;
    private final Class<N> formType;
    private final String resource;

    /** For the container's client proxies, which never call the methods of this class themselves. */
    protected SluggedService() {
        this(null, null, null, null);
    }

    protected SluggedService(SluggedRepository<E> repository, MergePatcher patcher, Class<N> formType,
            String resource) {
        this.repository = repository;
        this.patcher = patcher;
        this.formType = formType;
        this.resource = resource;
    }

    /** A new, not yet persisted entity. */
    protected abstract E newEntity(Instant now);

    /** Copies a checked writable form onto the entity, applying the resource's rules. */
    protected abstract void apply(E entity, N input, Instant now);

    /** The entity's current writable form, which a merge patch is applied to. */
    protected abstract N formOf(E entity);

    protected abstract V view(E entity);

    @Transactional
    public V create(N input) {
        Instant now = Timestamps.now();
        E entity = newEntity(now);
        apply(entity, input, now);
        repository.persistAndFlush(entity);
        return view(entity);
    }

    @Transactional
    public V replace(String ref, IfMatch ifMatch, N input) {
        E entity = findVersion(ref, ifMatch);
        apply(entity, input, Timestamps.now());
        repository.flush();
        return view(entity);
    }

    @Transactional
    public V patch(String ref, IfMatch ifMatch, JsonNode patch) {
        E entity = findVersion(ref, ifMatch);
        apply(entity, patcher.apply(formOf(entity), patch, formType), Timestamps.now());
        repository.flush();
        return view(entity);
    }

    @Transactional
    public void delete(String ref, IfMatch ifMatch) {
        repository.delete(findVersion(ref, ifMatch));
        repository.flush();
    }

    protected E find(String ref) {
        return repository.findByRef(ref).orElseThrow(() -> ProblemException.notFound(resource, ref));
    }

    private E findVersion(String ref, IfMatch ifMatch) {
        E entity = find(ref);
        ifMatch.check(entity.getVersion(), resource);
        return entity;
    }
}
