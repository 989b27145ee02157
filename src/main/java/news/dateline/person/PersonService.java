package news.dateline.person;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.dateline.catalogue.ArticleCounts;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ChangeLog;
import news.dateline.catalogue.ResourceKind;
import news.dateline.catalogue.SlugRules;
import news.dateline.catalogue.SluggedService;
import news.dateline.web.input.MergePatcher;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;

/** Creating, changing and reading people, with the rules that keep slugs and Wikidata ids unique. */
@Singleton
public class PersonService extends SluggedService<Person, NewPerson, PersonView> {

    /** What cursors of the people list are bound to. */
    static final String LIST_SCOPE = "people";

    private final PersonRepository people;

    PersonService(PersonRepository people, MergePatcher patcher, Event<Change> changes,
            ChangeLog changeLog) {
        super(people, patcher, changes, changeLog, NewPerson.class, ResourceKind.PERSON,
                Map.of("person_slug_key", "slug", "person_wikidata_id_key", "wikidataId"));
        this.people = people;
    }

    @Transactional
    public PersonView get(String ref) {
        return view(find(ref));
    }

    /** The person with this id, if there is one ({@code current/CurrentJson} renders what changed). */
    @Transactional
    public Optional<PersonView> byId(UUID id) {
        return people.findByIdOptional(id).map(this::view);
    }

    /** A page of people by name, each with its count of published articles, in three statements. */
    @Transactional
    public Listing<PersonView> list(PageRequest request) {
        return ArticleCounts.attach(people.page(request), people::publishedArticleCounts, PersonView::of);
    }

    @Override
    protected Person newEntity(Instant now) {
        return new Person(now);
    }

    @Override
    protected void apply(Person person, NewPerson input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), person.getSlug(), input.name(),
                taken -> people.slugTaken(taken, person.getId()), ResourceKind.PERSON);
        person.update(slug, input, now);
    }

    @Override
    protected NewPerson formOf(Person person) {
        return NewPerson.of(person);
    }

    @Override
    protected PersonView view(Person person) {
        return ArticleCounts.attach(person, people::publishedArticleCounts, PersonView::of);
    }

    @Override
    protected List<Change> articlesShowing(Person person) {
        return people.articlesLinkedThrough("article_person", "person_id", person.getId());
    }
}
