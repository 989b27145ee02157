package news.dateline.tag;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.web.IfMatch;
import news.dateline.web.Listing;
import news.dateline.web.MergePatcher;
import news.dateline.web.PageRequest;
import news.dateline.web.ProblemException;
import news.dateline.web.SlugRules;
import news.dateline.web.Timestamps;

/** Creating, changing and reading tags, with the rules that keep slugs unique and writes versioned. */
@ApplicationScoped
public class TagService {

    private final TagRepository tags;
    private final MergePatcher patcher;

    TagService(TagRepository tags, MergePatcher patcher) {
        this.tags = tags;
        this.patcher = patcher;
    }

    @Transactional
    public TagView get(String ref) {
        Tag tag = find(ref);
        return view(tag);
    }

    @Transactional
    public Listing<TagView> list(PageRequest request) {
        List<Tag> page = tags.page(request);
        Map<UUID, Long> counts = tags.publishedArticleCounts(page.stream().map(Tag::getId).toList());
        return Listing.of(page.stream().map(t -> TagView.of(t, counts.getOrDefault(t.getId(), 0L))).toList(),
                tags.count(), TagView::updatedAt);
    }

    @Transactional
    public TagView create(NewTag input) {
        Instant now = Timestamps.now();
        Tag tag = new Tag(now);
        apply(tag, input, now);
        tags.persistAndFlush(tag);
        return TagView.of(tag, 0);
    }

    @Transactional
    public TagView replace(String ref, IfMatch ifMatch, NewTag input) {
        Tag tag = find(ref);
        ifMatch.check(tag.getVersion(), "tag");
        apply(tag, input, Timestamps.now());
        tags.flush();
        return view(tag);
    }

    @Transactional
    public TagView patch(String ref, IfMatch ifMatch, JsonNode patch) {
        Tag tag = find(ref);
        ifMatch.check(tag.getVersion(), "tag");
        apply(tag, patcher.apply(NewTag.of(tag), patch, NewTag.class), Timestamps.now());
        tags.flush();
        return view(tag);
    }

    @Transactional
    public void delete(String ref, IfMatch ifMatch) {
        Tag tag = find(ref);
        ifMatch.check(tag.getVersion(), "tag");
        tags.delete(tag);
        tags.flush();
    }


    private Tag find(String ref) {
        return tags.findByRef(ref).orElseThrow(() -> ProblemException.notFound("tag", ref));
    }

    private TagView view(Tag tag) {
        return TagView.of(tag, tags.publishedArticleCounts(List.of(tag.getId())).getOrDefault(tag.getId(), 0L));
    }

    private void apply(Tag tag, NewTag input, Instant now) {
        String slug = SlugRules.resolve(input.slug(), tag.getSlug(), input.name(),
                taken -> tags.slugTaken(taken, tag.getId()), "tag");
        tag.update(slug, input, now);
    }
}
