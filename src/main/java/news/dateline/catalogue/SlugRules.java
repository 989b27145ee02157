package news.dateline.catalogue;

import java.util.List;
import java.util.function.Predicate;
import news.dateline.content.Slugs;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;

/**
 * How a resource gets its slug: the one given; else the one it has (URLs stay stable when a title changes);
 * else one made from its name. A slug someone else holds is a 409.
 */
public final class SlugRules {

    private SlugRules() {
    }

    /**
     * The slug to store.
     *
     * @param taken whether another row already holds a slug
     * @param kind  what the resource is, named in the message when the slug is taken
     */
    public static String resolve(String given, String current, String name, Predicate<String> taken,
            ResourceKind kind) {
        String slug = chosen(given, current, name);
        if (taken.test(slug)) {
            throw new AlreadyTaken(kind, "slug", slug);
        }
        return slug;
    }

    /**
     * Like {@link #resolve}, but a slug made from the name is numbered ({@code -2}, {@code -3}…) rather than refused:
     * headlines repeat ("Live updates"), and the writer did not choose that slug.
     */
    public static String resolveNumbered(String given, String current, String name, Predicate<String> taken,
            ResourceKind kind) {
        if (given != null || current != null) {
            return resolve(given, current, name, taken, kind);
        }
        String base = chosen(null, null, name);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            String suffix = "-" + n;
            String stem = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - suffix.length()));
            slug = stem.replaceAll("-+$", "") + suffix;
        }
        return slug;
    }

    private static String chosen(String given, String current, String name) {
        String slug = given != null ? given : current != null ? current : Slugs.slugify(name);
        if (slug.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("slug",
                    "cannot be made from the name: give one explicitly")));
        }
        return slug;
    }
}
