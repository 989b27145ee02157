package news.dateline.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.catalogue.ResourceKind;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.representation.View;

/** A person as the API returns them, with the number of published articles they appear in. */
public record PersonView(UUID id, String slug, String name, String title, String affiliation, String country,
        String bio, String imageUrl, List<String> aliases, String wikidataId, String website, long articleCount,
        Instant createdAt, Instant updatedAt, long version) implements View, SurrogateKeyed {

    public static PersonView of(Person p, long articleCount) {
        return new PersonView(p.getId(), p.getSlug(), p.getName(), p.getTitle(), p.getAffiliation(), p.getCountry(),
                p.getBio(), p.getImageUrl(), p.getAliases(), p.getWikidataId(), p.getWebsite(), articleCount,
                p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }

    /** Its count of published articles moves with any article, so a cache drops it with the articles. */
    @Override
    public Stream<String> surrogateKeys() {
        return Stream.of(ResourceKind.PERSON.surrogateKey(id), "articles");
    }
}
