package news.dateline.tag;

import java.util.UUID;

/** A tag as embedded in another resource (an article's tags). */
public record TagSummary(UUID id, String slug, String name, TagKind kind) {

    public static TagSummary of(Tag tag) {
        return new TagSummary(tag.getId(), tag.getSlug(), tag.getName(), tag.getKind());
    }
}
