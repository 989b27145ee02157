package news.dateline.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import news.dateline.catalogue.SluggedRepository;
import news.dateline.web.Listing;
import news.dateline.web.PageRequest;

/** Queries over people. */
@ApplicationScoped
public class PersonRepository implements SluggedRepository<Person> {

    /** People by name, numbered or keyset-paged. */
    Listing<Person> page(PageRequest request) {
        return pageBy("name", Person::getName, request, PersonService.LIST_SCOPE);
    }

    /** Published articles each person appears in, for a whole page of people in one statement. */
    Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        return countsById("""
                select ap.person_id as id, count(distinct ap.article_id) as n from article_person ap
                join article a on a.id = ap.article_id
                where a.status = 'PUBLISHED' and ap.person_id in (:ids)
                group by ap.person_id""", ids);
    }
}
