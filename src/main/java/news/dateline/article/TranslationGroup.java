package news.dateline.article;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One article's translation group as read now: every language version of its story, itself included, oldest first.
 * The oldest is the original the others were translated from, as JSON-LD and sitemaps' {@code x-default} name it.
 *
 * @param self    the article the group was read for
 * @param members the group's articles, in the order they were created
 */
public record TranslationGroup(UUID self, List<Member> members) {

    /** One article of a group. */
    public record Member(UUID id, String language, String slug, String title, String url, ArticleStatus status) {

        public boolean published() {
            return status == ArticleStatus.PUBLISHED;
        }

        TranslationLink link(boolean withStatus) {
            return new TranslationLink(language, slug, title, url, withStatus ? status : null);
        }
    }

    /** The other versions as the article's {@code translations} lists them, by language: readers see published ones. */
    List<TranslationLink> others(boolean editors) {
        return members.stream().filter(m -> !m.id().equals(self) && (editors || m.published()))
                .sorted(Comparator.comparing(Member::language)).map(m -> m.link(editors)).toList();
    }

    /** The published versions, this one included, by language: what a crawler may be sent to. */
    public List<Member> published() {
        return members.stream().filter(Member::published).sorted(Comparator.comparing(Member::language)).toList();
    }

    /** The oldest published version, which {@code x-default} and {@code translationOfWork} name; none if none is. */
    public Optional<Member> original() {
        return members.stream().filter(Member::published).findFirst();
    }

    /** Whether this article is the group's original. */
    public boolean isOriginal() {
        return original().map(m -> m.id().equals(self)).orElse(false);
    }
}
