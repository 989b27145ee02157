package news.dateline.tag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import news.dateline.catalogue.SluggedRepository;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;

/** Queries over tags. */
@ApplicationScoped
public class TagRepository implements SluggedRepository<Tag> {

    /** Tags by name, numbered or keyset-paged. */
    Listing<Tag> page(PageRequest request) {
        return pageBy("name", Tag::getName, request, TagService.LIST_SCOPE);
    }

    /** Published articles per tag, for a whole page of tags: counts that triggers keep (V6); drafts never count. */
    Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        return countsById(
                "select tag_id as id, published_articles as n from tag_stats where tag_id in (:ids)", ids);
    }
}
