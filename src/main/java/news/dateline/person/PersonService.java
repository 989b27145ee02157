package news.dateline.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.Listing;
import news.dateline.web.MergePatcher;
import news.dateline.web.PageRequest;
import news.dateline.web.SlugRules;
import news.dateline.web.SluggedService;

/** Creating, changing and reading people, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class PersonService extends SluggedService<Person, NewPerson, PersonView> {

    /** Cursors of the people list: sorted by name, no filters. */
    public static final String LIST_SCOPE = "people";

    private final PersonRepository people;

    PersonService(PersonRepository people, MergePatcher patcher) {
        super(people, patcher, NewPerson.class, "person");
        this.people = people;
    }

    @Transactional
    public PersonView get(String ref) {
        return view(find(ref));
    }

    @Transactional
    public Listing<PersonView> list(PageRequest request) {
        List<Person> rows = people.pageBy("name", request);
        Listing<Person> page = request.numbered() ? Listing.numbered(rows, people.count())
                : Listing.keyset(rows, request, LIST_SCOPE, Person::getName, Person::getId);
        Map<UUID, Long> counts = people.publishedArticleCounts(page.items().stream().map(Person::getId).toList());
        return page.map(e -> PersonView.of(e, counts.getOrDefault(e.getId(), 0L)));
    }

    @Override
    protected Person newEntity(Instant now) {
        return new Person(now);
    }

    @Override
    protected void apply(Person person, NewPerson input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), person.getSlug(), input.name(),
                taken -> people.slugTaken(taken, person.getId()), "person");
        person.update(slug, input, now);
    }

    @Override
    protected NewPerson formOf(Person person) {
        return NewPerson.of(person);
    }

    @Override
    protected PersonView view(Person person) {
        return PersonView.of(person, people.publishedArticleCounts(List.of(person.getId())).getOrDefault(person.getId(), 0L));
    }
}
