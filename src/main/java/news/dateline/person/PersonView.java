package news.dateline.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.catalogue.ResourceKind;
import news.dateline.language.LanguageChain;
import news.dateline.language.Resolution;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.representation.View;

/**
 * A person as the API returns them, with the number of published articles they appear in. Name, title, bio and
 * aliases are in the language negotiated ({@link #in}); {@code language} names it only when that is not the one
 * asked for; {@code localizations} holds every language as written, for editors.
 */
public record PersonView(UUID id, String slug, String name, String title, String affiliation, String country,
        String bio, String imageUrl, List<String> aliases, String wikidataId, String website,
        Map<String, PersonLocalization> localizations, long articleCount, Instant createdAt, Instant updatedAt,
        long version, @JsonInclude(JsonInclude.Include.NON_NULL) String language) implements View, SurrogateKeyed {

    public static PersonView of(Person p, long articleCount) {
        return new PersonView(p.getId(), p.getSlug(), p.getName(), p.getTitle(), p.getAffiliation(), p.getCountry(),
                p.getBio(), p.getImageUrl(), p.getAliases(), p.getWikidataId(), p.getWebsite(), p.getLocalizations(),
                articleCount, p.getCreatedAt(), p.getUpdatedAt(), p.getVersion(), null);
    }

    /** This person with their fields in the first language of the chain they have (the base fields at last). */
    public PersonView in(LanguageChain chain) {
        Resolution<PersonLocalization> r = chain.resolve(localizations);
        return new PersonView(id, slug, r.field(PersonLocalization::name, name),
                r.field(PersonLocalization::title, title), affiliation, country, r.field(PersonLocalization::bio, bio),
                imageUrl, r.field(PersonLocalization::aliases, aliases), wikidataId, website, localizations,
                articleCount, createdAt, updatedAt, version, r.fellBackTo());
    }

    /** The language this view's fields are in, for {@code Content-Language}. */
    public String languageIn(LanguageChain chain) {
        return language != null ? language : chain.asked();
    }

    /** Its count of published articles moves with any article, so a cache drops it with the articles. */
    @Override
    public Stream<String> surrogateKeys() {
        return Stream.of(ResourceKind.PERSON.surrogateKey(id), "articles");
    }
}
