package news.dateline.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.Listing;
import news.dateline.web.MergePatcher;
import news.dateline.web.PageRequest;
import news.dateline.web.SlugRules;
import news.dateline.web.SluggedService;

/** Creating, changing and reading tags, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class TagService extends SluggedService<Tag, NewTag, TagView> {

    /** Cursors of the tags list: sorted by name, no filters. */
    public static final String LIST_SCOPE = "tags";

    private final TagRepository tags;

    TagService(TagRepository tags, MergePatcher patcher) {
        super(tags, patcher, NewTag.class, "tag");
        this.tags = tags;
    }

    @Transactional
    public TagView get(String ref) {
        return view(find(ref));
    }

    @Transactional
    public Listing<TagView> list(PageRequest request) {
        List<Tag> rows = tags.pageBy("name", request);
        Listing<Tag> page = request.numbered() ? Listing.numbered(rows, tags.count())
                : Listing.keyset(rows, request, LIST_SCOPE, Tag::getName, Tag::getId);
        Map<UUID, Long> counts = tags.publishedArticleCounts(page.items().stream().map(Tag::getId).toList());
        return page.map(e -> TagView.of(e, counts.getOrDefault(e.getId(), 0L)));
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
    protected TagView view(Tag tag) {
        return TagView.of(tag, tags.publishedArticleCounts(List.of(tag.getId())).getOrDefault(tag.getId(), 0L));
    }
}
