package news.dateline.tag;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import news.dateline.web.CatalogueService;
import news.dateline.web.MergePatcher;
import news.dateline.web.SlugRules;

/** Creating, changing and reading tags, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class TagService extends CatalogueService<Tag, NewTag, TagView> {

    private final TagRepository tags;

    TagService(TagRepository tags, MergePatcher patcher) {
        super(tags, patcher, NewTag.class, "tag", "tags");
        this.tags = tags;
    }

    @Override
    protected Tag newEntity(Instant now) {
        return new Tag(now);
    }

    @Override
    protected void apply(Tag tag, NewTag input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), tag.getSlug(), input.name(),
                taken -> tags.slugTaken(taken, tag.getId()), "tag");
        tag.update(slug, input, now);
    }

    @Override
    protected NewTag formOf(Tag tag) {
        return NewTag.of(tag);
    }

    @Override
    protected TagView view(Tag tag, long articleCount) {
        return TagView.of(tag, articleCount);
    }
}
