package news.dateline.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import news.dateline.language.Languages;
import news.dateline.language.Resolution;
import news.dateline.person.Person;
import news.dateline.person.PersonLocalization;
import news.dateline.person.PersonLocalizationsJson;

/**
 * A person as embedded in an article, with the role they have in it, named in the article's language when they have
 * it (the fallbacks a reader's request would take); {@code language} names the language used only when it is another.
 */
public record PersonInArticle(UUID id, String slug, String name, String title, PersonRole role,
        @JsonInclude(JsonInclude.Include.NON_NULL) String language) {

    /** The person as their base fields name them (what a revision's snapshot keeps). */
    static PersonInArticle of(ArticlePerson link) {
        Person p = link.getPerson();
        return new PersonInArticle(p.getId(), p.getSlug(), p.getName(), p.getTitle(), link.getRole(), null);
    }

    /** The person as shown in an article written in {@code language}. */
    static PersonInArticle of(ArticlePerson link, String language) {
        Person p = link.getPerson();
        return of(p.getId(), p.getSlug(), p.getName(), p.getTitle(), link.getRole(),
                Languages.forContent(language).resolve(p.getLocalizations()));
    }

    /** As {@link #of(ArticlePerson, String)}, from a row read apart from the entities (stored documents). */
    static PersonInArticle of(UUID id, String slug, String name, String title, PersonRole role,
            String localizationsJson, String language) {
        return of(id, slug, name, title, role,
                Languages.forContent(language).resolve(PersonLocalizationsJson.INSTANCE.parse(localizationsJson)));
    }

    private static PersonInArticle of(UUID id, String slug, String name, String title, PersonRole role,
            Resolution<PersonLocalization> r) {
        return new PersonInArticle(id, slug, r.field(PersonLocalization::name, name),
                r.field(PersonLocalization::title, title), role, r.fellBackTo());
    }
}
