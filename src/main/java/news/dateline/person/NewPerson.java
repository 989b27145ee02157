package news.dateline.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import news.dateline.language.LanguageTag;
import news.dateline.language.Localizations;
import news.dateline.content.Slugs;
import news.dateline.web.input.WebUrl;

/** The writable fields of a person: the body of POST and PUT, and the document a PATCH merges into. */
public record NewPerson(
        @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters, digits and single hyphens")
        @Size(max = Slugs.MAX_LENGTH) String slug,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String title,
        @Size(max = 200) String affiliation,
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as RU") String country,
        @Size(max = 5000) String bio,
        @WebUrl String imageUrl,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Pattern(regexp = "^Q[1-9][0-9]{0,17}$", message = "must be a Wikidata item id such as Q22686") String wikidataId,
        @WebUrl String website,
        @Size(max = Localizations.MAX_LANGUAGES)
        Map<@LanguageTag String, @Valid PersonLocalization> localizations) {

    static NewPerson of(Person p) {
        return new NewPerson(p.getSlug(), p.getName(), p.getTitle(), p.getAffiliation(), p.getCountry(), p.getBio(),
                p.getImageUrl(), p.getAliases(), p.getWikidataId(), p.getWebsite(), p.getLocalizations());
    }
}
