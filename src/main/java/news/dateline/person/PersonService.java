package news.dateline.person;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.IfMatch;
import news.dateline.web.Listing;
import news.dateline.web.MergePatcher;
import news.dateline.web.PageRequest;
import news.dateline.web.ProblemException;
import news.dateline.web.SlugRules;
import news.dateline.web.Timestamps;

/** Creating, changing and reading people, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class PersonService {

    private final PersonRepository people;
    private final MergePatcher patcher;

    PersonService(PersonRepository people, MergePatcher patcher) {
        this.people = people;
        this.patcher = patcher;
    }

    @Transactional
    public PersonView get(String ref) {
        Person person = find(ref);
        return view(person);
    }

    @Transactional
    public Listing<PersonView> list(PageRequest request) {
        List<Person> page = people.page(request);
        Map<UUID, Long> counts = people.publishedArticleCounts(page.stream().map(Person::getId).toList());
        return Listing.of(page.stream().map(t -> PersonView.of(t, counts.getOrDefault(t.getId(), 0L))).toList(),
                people.count(), PersonView::updatedAt);
    }

    @Transactional
    public PersonView create(NewPerson input) {
        Instant now = Timestamps.now();
        Person person = new Person(now);
        apply(person, input, now);
        people.persistAndFlush(person);
        return PersonView.of(person, 0);
    }

    @Transactional
    public PersonView replace(String ref, IfMatch ifMatch, NewPerson input) {
        Person person = find(ref);
        ifMatch.check(person.getVersion(), "person");
        apply(person, input, Timestamps.now());
        people.flush();
        return view(person);
    }

    @Transactional
    public PersonView patch(String ref, IfMatch ifMatch, JsonNode patch) {
        Person person = find(ref);
        ifMatch.check(person.getVersion(), "person");
        apply(person, patcher.apply(NewPerson.of(person), patch, NewPerson.class), Timestamps.now());
        people.flush();
        return view(person);
    }

    @Transactional
    public void delete(String ref, IfMatch ifMatch) {
        Person person = find(ref);
        ifMatch.check(person.getVersion(), "person");
        people.delete(person);
        people.flush();
    }


    private Person find(String ref) {
        return people.findByRef(ref).orElseThrow(() -> ProblemException.notFound("person", ref));
    }

    private PersonView view(Person person) {
        return PersonView.of(person, people.publishedArticleCounts(List.of(person.getId())).getOrDefault(person.getId(), 0L));
    }

    private void apply(Person person, NewPerson input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), person.getSlug(), input.name(),
                taken -> people.slugTaken(taken, person.getId()), "person");
        person.update(slug, input, now);
    }
}
