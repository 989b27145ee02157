package news.dateline.tag;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.PageRequest;
import news.dateline.web.SluggedRepository;

/** Queries over tags. */
@ApplicationScoped
public class TagRepository implements SluggedRepository<Tag> {

    public List<Tag> page(PageRequest request) {
        return findAll(Sort.by("name").and("id")).page(request.index(), request.limit()).list();
    }

    /** Published articles per tag, for a whole page of tags in one statement. */
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> tagIds) {
        return countsById("""
                select at.tag_id as id, count(*) as n from article_tag at
                join article a on a.id = at.article_id
                where a.status = 'PUBLISHED' and at.tag_id in (:ids)
                group by at.tag_id""", tagIds);
    }
}
