package news.dateline.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An {@code Accept-Language} header (RFC 9110, 12.5.4) as the languages it asks for, most wanted first. Whatever is
 * malformed is skipped, never refused: a reader with an odd header still gets an answer, in the default language at
 * worst. Only the first {@link #MAX_RANGES} ranges are read and at most {@link #MAX_LANGUAGES} kept, so a header of a
 * thousand entries costs no more than one of twenty.
 */
public final class AcceptLanguage {

    static final int MAX_RANGES = 32;
    static final int MAX_LANGUAGES = 8;

    private AcceptLanguage() {
    }

    /** The languages asked for, in preference order (q-values, then the header's order); empty for none or null. */
    public static List<String> parse(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        int start = 0;
        for (int n = 0; n < MAX_RANGES && start <= header.length(); n++) {
            int comma = header.indexOf(',', start);
            int end = comma < 0 ? header.length() : comma;
            Range range = Range.of(header.substring(start, end), n);
            if (range != null) {
                ranges.add(range);
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::position));
        LinkedHashSet<String> languages = new LinkedHashSet<>();
        for (Range range : ranges) {
            if (languages.size() == MAX_LANGUAGES) {
                break;
            }
            languages.add(range.language());
        }
        return List.copyOf(languages);
    }

    /** One language range with its weight; "*" and q=0 (not wanted) are no language to look for. */
    private record Range(String language, double q, int position) {

        static Range of(String text, int position) {
            String[] parts = text.split(";", 3);
            String tag = parts[0].strip();
            if (tag.length() > LanguageTags.MAX_LENGTH) {
                return null;
            }
            double q = 1;
            if (parts.length > 1) {
                String given = parts[1].strip();
                if (!given.matches("[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)")) {
                    return null;
                }
                q = Double.parseDouble(given.substring(2));
            }
            double weight = q;
            return weight > 0
                    ? LanguageTags.parse(tag).map(language -> new Range(language, weight, position)).orElse(null)
                    : null;
        }
    }
}
