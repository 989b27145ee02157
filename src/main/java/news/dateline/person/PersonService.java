package news.dateline.person;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import news.dateline.web.CatalogueService;
import news.dateline.web.MergePatcher;
import news.dateline.web.SlugRules;

/** Creating, changing and reading people, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class PersonService extends CatalogueService<Person, NewPerson, PersonView> {

    private final PersonRepository people;

    PersonService(PersonRepository people, MergePatcher patcher) {
        super(people, patcher, NewPerson.class, "person", "people");
        this.people = people;
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
    protected PersonView view(Person person, long articleCount) {
        return PersonView.of(person, articleCount);
    }
}
