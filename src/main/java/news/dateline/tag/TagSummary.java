package news.dateline.tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.UUID;
import news.dateline.language.Languages;
import news.dateline.language.Resolution;

/**
 * A tag as embedded in another resource (an article's tags), named in that resource's language when the tag has it
 * (with the same fallbacks as a reader's); {@code language} names the language used only when it is another.
 */
public record TagSummary(UUID id, String slug, String name, TagKind kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String language) {

    /** The tag as its base fields name it (what a revision's snapshot keeps). */
    public static TagSummary of(Tag tag) {
        return new TagSummary(tag.getId(), tag.getSlug(), tag.getName(), tag.getKind(), null);
    }

    /** The tag as shown in content written in {@code language}. */
    public static TagSummary of(Tag tag, String language) {
        return of(tag.getId(), tag.getSlug(), tag.getName(), tag.getKind(), tag.getLocalizations(), language);
    }

    /**
     * As {@link #of(Tag, String)}, from a row read apart from the entity (stored documents), its localisations as
     * the column holds them.
     */
    public static TagSummary of(UUID id, String slug, String name, TagKind kind, String localizationsJson,
            String language) {
        return of(id, slug, name, kind, TagLocalizationsJson.INSTANCE.parse(localizationsJson), language);
    }

    private static TagSummary of(UUID id, String slug, String name, TagKind kind,
            Map<String, TagLocalization> localizations, String language) {
        Resolution<TagLocalization> r = Languages.forContent(language).resolve(localizations);
        return new TagSummary(id, slug, r.field(TagLocalization::name, name), kind, r.fellBackTo());
    }
}
