package news.dateline.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;

/**
 * The rules for the {@code localizations} of a tag or person as written, after its constraints have passed: keys in
 * canonical case and once each, none for the base language, none empty. A write that breaks one is a 422 naming each
 * offending key, before anything is written.
 */
public final class Localizations {

    /** At most this many languages per tag or person: a newsroom's languages, not every language there is. */
    public static final int MAX_LANGUAGES = 20;
    public static final String FIELD = "localizations";

    private Localizations() {
    }

    /**
     * The localisations in canonical form, sorted by language.
     *
     * @param tidy    the localisation with its text stripped and blanks made absent
     * @param isEmpty whether a tidied localisation gives no field at all
     */
    public static <L> Map<String, L> checked(Map<String, L> written, UnaryOperator<L> tidy, Predicate<L> isEmpty) {
        if (written == null || written.isEmpty()) {
            return Map.of();
        }
        String base = Languages.defaultLanguage();
        Map<String, L> checked = new TreeMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, L> entry : written.entrySet()) {
            String field = FIELD + "." + entry.getKey();
            String language = LanguageTags.parse(entry.getKey()).orElse(null);
            if (entry.getValue() == null) {
                continue; // as a merge patch removes it: no localisation in that language
            }
            L localization = tidy.apply(entry.getValue());
            if (language == null) {
                errors.add(new FieldError(field, LanguageTags.MESSAGE));
            } else if (language.equals(base)) {
                // A localisation in the base language would never be read (the base fields answer in it) or would
                // contradict them: refused, so that the base fields stay the one place for it.
                errors.add(new FieldError(field, "is the base language (" + base
                        + "): write its text in the base fields (name, aliases…)"));
            } else if (isEmpty.test(localization)) {
                errors.add(new FieldError(field, "must give at least one field (set it to null to remove it)"));
            } else if (checked.putIfAbsent(language, localization) != null) {
                errors.add(new FieldError(field, "names " + language + " again (language tags ignore case)"));
            }
        }
        if (checked.size() > MAX_LANGUAGES) {
            errors.add(new FieldError(FIELD, "must hold at most " + MAX_LANGUAGES + " languages"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return checked;
    }

    /** Stripped text, or null for none or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Stripped aliases without blanks, or null for none. */
    public static List<String> texts(List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> kept = values.stream().map(Localizations::text).filter(v -> v != null).toList();
        return kept.isEmpty() ? null : kept;
    }
}
