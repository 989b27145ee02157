package news.dateline.tag;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.dateline.catalogue.ArticleCounts;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ChangeLog;
import news.dateline.catalogue.ResourceKind;
import news.dateline.catalogue.SlugRules;
import news.dateline.catalogue.SluggedService;
import news.dateline.web.input.MergePatcher;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;

/** Creating, changing and reading tags, with the rules that keep slugs unique and writes versioned. */
@Singleton
public class TagService extends SluggedService<Tag, NewTag, TagView> {

    /** What cursors of the tag list are bound to. */
    static final String LIST_SCOPE = "tags";

    private final TagRepository tags;

    TagService(TagRepository tags, MergePatcher patcher, Event<Change> changes,
            ChangeLog changeLog) {
        super(tags, patcher, changes, changeLog, NewTag.class, ResourceKind.TAG, Map.of("tag_slug_key", "slug"));
        this.tags = tags;
    }

    @Transactional
    public TagView get(String ref) {
        return view(find(ref));
    }

    /** The tag with this id, if there is one ({@code current/CurrentJson} renders what changed). */
    @Transactional
    public Optional<TagView> byId(UUID id) {
        return tags.findByIdOptional(id).map(this::view);
    }

    /** A page of tags by name, each with its count of published articles, in three statements. */
    @Transactional
    public Listing<TagView> list(PageRequest request) {
        return ArticleCounts.attach(tags.page(request), tags::publishedArticleCounts, TagView::of);
    }

    @Override
    protected Tag newEntity(Instant now) {
        return new Tag(now);
    }

    @Override
    protected void apply(Tag tag, NewTag input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), tag.getSlug(), input.name(),
                taken -> tags.slugTaken(taken, tag.getId()), ResourceKind.TAG);
        tag.update(slug, input, now);
    }

    @Override
    protected NewTag formOf(Tag tag) {
        return NewTag.of(tag);
    }

    @Override
    protected TagView view(Tag tag) {
        return ArticleCounts.attach(tag, tags::publishedArticleCounts, TagView::of);
    }

    @Override
    protected List<Change> articlesShowing(Tag tag) {
        return tags.articlesLinkedThrough("article_tag", "tag_id", tag.getId());
    }
}
