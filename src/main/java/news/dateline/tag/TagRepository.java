package news.dateline.tag;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.CatalogueRepository;

/** Queries over tags. */
@ApplicationScoped
public class TagRepository implements CatalogueRepository<Tag> {

    @Override
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        return countsById("""
                select at.tag_id as id, count(*) as n from article_tag at
                join article a on a.id = at.article_id
                where a.status = 'PUBLISHED' and at.tag_id in (:ids)
                group by at.tag_id""", ids);
    }
}
