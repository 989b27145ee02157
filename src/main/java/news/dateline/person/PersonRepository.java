package news.dateline.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import news.dateline.catalogue.SluggedRepository;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;

/** Queries over people. */
@ApplicationScoped
public class PersonRepository implements SluggedRepository<Person> {

    /** People by name, numbered or keyset-paged. */
    Listing<Person> page(PageRequest request) {
        return pageBy("name", Person::getName, request, PersonService.LIST_SCOPE);
    }

    /** Published articles each person appears in, for a page of people: counts that triggers keep (V6). */
    Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids) {
        return countsById(
                "select person_id as id, published_articles as n from person_stats where person_id in (:ids)", ids);
    }
}
