package news.dateline.content;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns human-written titles and names into stable, URL-safe ASCII slugs. */
public final class Slugs {

    public static final int MAX_LENGTH = 120;

    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    /*
     * ICU documents Transliterator objects as stateless and safe to share between threads
     * without synchronisation; in ICU4J 78.1 the rule-based pieces lock their own data and
     * AnyTransliterator caches per-script children in a ConcurrentHashMap. The only mutable
     * API (setFilter) is never called on this private instance, so one shared copy is safe.
     * A ThreadLocal would not even reduce contention: getInstance() hands every copy the same
     * cached rule data, and that is what gets locked.
     */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    // Apostrophes between letters belong to the word ("Russia's", "O'Brien"); turning them into
    // hyphens would give "russia-s". The set covers what transliteration may leave behind,
    // including the modifier letters used for Arabic ayn/hamza and Ukrainian/Belarusian.
    private static final Pattern INNER_APOSTROPHE =
            Pattern.compile("(?<=[\\p{L}\\p{N}])['\u2018\u2019\u201B\u02BB\u02BC\u02BE\u02BF\u02B9`\u00B4\u2032]+(?=[\\p{L}\\p{N}])");

    private static final Pattern NON_SLUG_RUN = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * Returns the slug for {@code text}, or "" when nothing sluggable is left (null input,
     * punctuation only, scripts ICU cannot romanise); callers decide how to handle "".
     */
    public static String slugify(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String ascii = TO_ASCII.transliterate(text);
        String joined = INNER_APOSTROPHE.matcher(ascii).replaceAll("");
        String slug = NON_SLUG_RUN.matcher(joined.toLowerCase(Locale.ROOT)).replaceAll("-");
        return truncate(trimHyphens(slug));
    }

    /** Whether {@code slug} is something {@link #slugify} could have produced. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String truncate(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        // Prefer dropping whole words so the slug does not end in a fragment like "secur".
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        String head = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
        return trimHyphens(head);
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
