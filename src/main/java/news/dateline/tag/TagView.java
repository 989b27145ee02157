package news.dateline.tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.catalogue.ResourceKind;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.representation.View;

/** A tag as the API returns it, with the number of published articles it labels. */
public record TagView(UUID id, String slug, String name, String description, TagKind kind, List<String> aliases,
        long articleCount, Instant createdAt, Instant updatedAt, long version) implements View, SurrogateKeyed {

    public static TagView of(Tag tag, long articleCount) {
        return new TagView(tag.getId(), tag.getSlug(), tag.getName(), tag.getDescription(), tag.getKind(),
                tag.getAliases(), articleCount, tag.getCreatedAt(), tag.getUpdatedAt(), tag.getVersion());
    }

    /** Its count of published articles moves with any article, so a cache drops it with the articles. */
    @Override
    public Stream<String> surrogateKeys() {
        return Stream.of(ResourceKind.TAG.surrogateKey(id), "articles");
    }
}
