package news.dateline.article;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import news.dateline.web.PageRequest;
import news.dateline.web.SluggedRepository;

/** Queries over articles. */
@ApplicationScoped
public class ArticleRepository implements SluggedRepository<Article> {

    // Newest first; drafts (no publishedAt) after everything published; id breaks ties so pages never overlap.
    private static final Sort NEWEST_FIRST = Sort.by("publishedAt", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("id", Sort.Direction.Descending);

    public List<Article> page(PageRequest request, boolean publishedOnly) {
        var query = publishedOnly ? find("status", NEWEST_FIRST, ArticleStatus.PUBLISHED) : findAll(NEWEST_FIRST);
        return query.page(request.index(), request.limit()).list();
    }

    public long count(boolean publishedOnly) {
        return publishedOnly ? count("status", ArticleStatus.PUBLISHED) : count();
    }
}
