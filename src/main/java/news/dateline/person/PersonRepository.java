package news.dateline.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.CatalogueRepository;

/** Queries over people. */
@ApplicationScoped
public class PersonRepository implements CatalogueRepository<Person> {

    @Override
    public Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        return countsById("""
                select ap.person_id as id, count(distinct ap.article_id) as n from article_person ap
                join article a on a.id = ap.article_id
                where a.status = 'PUBLISHED' and ap.person_id in (:ids)
                group by ap.person_id""", ids);
    }
}
