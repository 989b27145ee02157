package news.dateline.web;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading tags and people: by id or slug, or as a list sorted by name (numbered or keyset), each with its count
 * of published articles, fetched for a whole page at once.
 *
 * @param <V> the view, made from an entry and its count
 */
public abstract class CatalogueService<E extends CatalogueEntry, N, V> extends SluggedService<E, N, V> {

    private final CatalogueRepository<E> repository;
    private final String listScope;

    /** For the container's client proxies, which never call the methods of this class themselves. */
    protected CatalogueService() {
        this(null, null, null, null, null);
    }

    /** @param listScope what cursors of this list are bound to */
    protected CatalogueService(CatalogueRepository<E> repository, MergePatcher patcher, Class<N> formType,
            String resource, String listScope) {
        super(repository, patcher, formType, resource);
        this.repository = repository;
        this.listScope = listScope;
    }

    protected abstract V view(E entry, long articleCount);

    public String listScope() {
        return listScope;
    }

    @Transactional
    public V get(String ref) {
        return view(find(ref));
    }

    @Transactional
    public Listing<V> list(PageRequest request) {
        List<E> rows = repository.pageBy("name", request);
        Listing<E> page = request.numbered() ? Listing.numbered(rows, repository.count())
                : Listing.keyset(rows, request, listScope, E::getName, E::getId);
        Map<UUID, Long> counts = repository.publishedArticleCounts(page.items().stream().map(E::getId).toList());
        return page.map(entry -> view(entry, counts.getOrDefault(entry.getId(), 0L)));
    }

    @Override
    protected V view(E entry) {
        return view(entry, repository.publishedArticleCounts(List.of(entry.getId())).getOrDefault(entry.getId(), 0L));
    }
}
