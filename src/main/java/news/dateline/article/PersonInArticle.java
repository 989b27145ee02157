package news.dateline.article;

import java.util.UUID;
import news.dateline.person.Person;

/** A person as embedded in an article, with the role they have in it. */
public record PersonInArticle(UUID id, String slug, String name, String title, PersonRole role) {

    static PersonInArticle of(ArticlePerson link) {
        Person p = link.getPerson();
        return new PersonInArticle(p.getId(), p.getSlug(), p.getName(), p.getTitle(), link.getRole());
    }
}
