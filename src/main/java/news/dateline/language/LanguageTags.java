package news.dateline.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.dateline.web.problem.ProblemException;

/**
 * The one rule for BCP 47 language tags in Dateline: which are well formed, and their canonical case ("pt-BR",
 * "sr-Latn"), in which they are stored and compared (tags are case-insensitive, so "SQ" and "sq" are one language).
 */
public final class LanguageTags {

    /** A primary language subtag, then up to seven subtags of 2–8 letters or digits: "en", "pt-BR", "sr-Latn-RS". */
    public static final String PATTERN = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,7}$";
    /** The longest tag accepted (RFC 5646 advises buffers of at least 35 characters). */
    public static final int MAX_LENGTH = 35;
    public static final String MESSAGE = "must be a BCP 47 language tag such as en, sq or sr-Latn";

    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);

    private LanguageTags() {
    }

    /**
     * The tag in canonical case, if it is well formed and every subtag means something to BCP 47: "en-12" is refused
     * rather than silently cut to "en" (Java's parser drops subtags it cannot place).
     */
    public static Optional<String> parse(String tag) {
        if (tag == null || tag.length() > MAX_LENGTH || !WELL_FORMED.matcher(tag).matches()) {
            return Optional.empty();
        }
        String canonical = canonical(tag);
        return canonical.equalsIgnoreCase(tag) ? Optional.of(canonical) : Optional.empty();
    }

    /**
     * A query parameter's language tag in canonical case ({@code pt-br} is {@code pt-BR}); null when absent or empty,
     * a 400 problem naming the parameter when it is no tag.
     */
    public static String parameter(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return parse(value).orElseThrow(() -> ProblemException.badParameter(name, MESSAGE));
    }

    /** Whether {@link #parse} accepts the tag. */
    public static boolean isWellFormed(String tag) {
        return parse(tag).isPresent();
    }

    /**
     * The canonical case of a tag already checked against {@link #PATTERN} (articles' {@code language}, whose writes
     * have always kept what Java's parser keeps).
     */
    public static String canonical(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    /** The primary language subtag: "sr" of "sr-Latn". */
    public static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
