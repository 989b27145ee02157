package news.dateline.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import news.dateline.web.input.Refs;

/**
 * The tags and people an article filter names, resolved to ids with their published-article counts: what a list's
 * SQL filters by, and what it can walk in list order.
 *
 * @param allOf   links every article must have: each all-of tag, each person, each author
 * @param anyTags tags of which an article must carry at least one
 * @param noneOf  links no article may have: each excluded tag and person (any role); one that names nothing
 *                excludes nothing
 */
record ArticleLinks(List<Link> allOf, List<Link> anyTags, List<Link> noneOf) {

    /** Which link table a link lives in. */
    enum Kind { TAG, PERSON }

    /** One tag or person a list is filtered by; {@code role} is {@code AUTHOR} for {@code author=}, else null. */
    record Link(Kind kind, UUID id, PersonRole role, long published) {
    }

    /** A tag or person found by reference, with how many published articles it has. */
    record Named(UUID id, String slug, long published) {

        boolean isNamedBy(String ref) {
            return slug.equals(ref) || Refs.asId(ref).filter(id::equals).isPresent();
        }
    }

    /**
     * Resolves the filter's references, asking {@code named} for those of a table ("tag" or "person") in one
     * statement each. Empty when nothing can match: an all-of reference names nothing, or no any-of one does.
     */
    static Optional<ArticleLinks> resolve(ArticleFilter filter,
            BiFunction<String, Collection<String>, List<Named>> named) {
        List<String> tagRefs = Stream.of(filter.allTags(), filter.anyTags(), filter.notTags())
                .flatMap(List::stream).toList();
        List<String> personRefs = Stream.of(filter.people(), filter.authors(), filter.notPeople())
                .flatMap(List::stream).toList();
        List<Named> tags = tagRefs.isEmpty() ? List.of() : named.apply("tag", tagRefs);
        List<Named> people = personRefs.isEmpty() ? List.of() : named.apply("person", personRefs);
        List<Link> allOf = new ArrayList<>();
        for (String ref : filter.allTags()) {
            Optional<Named> tag = find(tags, ref);
            if (tag.isEmpty()) {
                return Optional.empty();
            }
            allOf.add(new Link(Kind.TAG, tag.get().id(), null, tag.get().published()));
        }
        for (String ref : filter.people()) {
            Optional<Named> person = find(people, ref);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            allOf.add(new Link(Kind.PERSON, person.get().id(), null, person.get().published()));
        }
        for (String ref : filter.authors()) {
            Optional<Named> author = find(people, ref);
            if (author.isEmpty()) {
                return Optional.empty();
            }
            allOf.add(new Link(Kind.PERSON, author.get().id(), PersonRole.AUTHOR, author.get().published()));
        }
        List<Link> anyTags = filter.anyTags().stream().map(ref -> find(tags, ref)).flatMap(Optional::stream)
                .distinct().map(tag -> new Link(Kind.TAG, tag.id(), null, tag.published())).toList();
        if (!filter.anyTags().isEmpty() && anyTags.isEmpty()) {
            return Optional.empty();
        }
        List<Link> noneOf = Stream.concat(
                filter.notTags().stream().map(ref -> find(tags, ref)).flatMap(Optional::stream)
                        .map(tag -> new Link(Kind.TAG, tag.id(), null, tag.published())),
                filter.notPeople().stream().map(ref -> find(people, ref)).flatMap(Optional::stream)
                        .map(person -> new Link(Kind.PERSON, person.id(), null, person.published())))
                .distinct().toList();
        return Optional.of(new ArticleLinks(List.copyOf(allOf), anyTags, noneOf));
    }

    /**
     * The links whose rows a list walks: the all-of link with the fewest published articles (the walk that ends
     * soonest when the other filters rarely match), else every any-of tag, merged.
     */
    List<Link> drivers() {
        if (allOf.isEmpty()) {
            return anyTags;
        }
        return List.of(allOf.stream().min(Comparator.comparingLong(Link::published)).orElseThrow());
    }

    /** The filters left to check once these drivers are walked. */
    ArticleLinks without(List<Link> drivers) {
        if (drivers.equals(anyTags)) {
            return new ArticleLinks(allOf, List.of(), noneOf);
        }
        List<Link> rest = new ArrayList<>(allOf);
        rest.remove(drivers.get(0));
        return new ArticleLinks(rest, anyTags, noneOf);
    }

    private static Optional<Named> find(List<Named> found, String ref) {
        return found.stream().filter(n -> n.isNamedBy(ref)).findFirst();
    }
}
