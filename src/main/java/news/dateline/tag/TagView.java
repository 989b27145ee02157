package news.dateline.tag;

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
 * A tag as the API returns it, with the number of published articles it labels. Name, description and aliases are in
 * the language negotiated ({@link #in}); {@code language} names it only when that is not the one asked for;
 * {@code localizations} holds every language as written, for editors.
 */
public record TagView(UUID id, String slug, String name, String description, TagKind kind, List<String> aliases,
        Map<String, TagLocalization> localizations, long articleCount, Instant createdAt, Instant updatedAt,
        long version, @JsonInclude(JsonInclude.Include.NON_NULL) String language) implements View, SurrogateKeyed {

    public static TagView of(Tag tag, long articleCount) {
        return new TagView(tag.getId(), tag.getSlug(), tag.getName(), tag.getDescription(), tag.getKind(),
                tag.getAliases(), tag.getLocalizations(), articleCount, tag.getCreatedAt(), tag.getUpdatedAt(),
                tag.getVersion(), null);
    }

    /** This tag with its fields in the first language of the chain it has (the base fields at last). */
    public TagView in(LanguageChain chain) {
        Resolution<TagLocalization> r = chain.resolve(localizations);
        return new TagView(id, slug, r.field(TagLocalization::name, name),
                r.field(TagLocalization::description, description), kind, r.field(TagLocalization::aliases, aliases),
                localizations, articleCount, createdAt, updatedAt, version, r.fellBackTo());
    }

    /** The language this view's fields are in, for {@code Content-Language}. */
    public String languageIn(LanguageChain chain) {
        return language != null ? language : chain.asked();
    }

    /** Its count of published articles moves with any article, so a cache drops it with the articles. */
    @Override
    public Stream<String> surrogateKeys() {
        return Stream.of(ResourceKind.TAG.surrogateKey(id), "articles");
    }
}
