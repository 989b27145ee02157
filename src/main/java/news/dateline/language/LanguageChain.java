package news.dateline.language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a tag's or person's fields are looked for, in order: the languages asked for, their configured fallbacks,
 * their primary subtags, and last the base fields (in the default language).
 *
 * @param asked      the language the answer is meant to be in: the first asked for, or the default when none was
 * @param candidates the languages to look for, in order; the base language among them stands for the base fields,
 *                   and nothing after it is looked at
 * @param base       the language of the base fields (the configured default)
 */
public record LanguageChain(String asked, List<String> candidates, String base) {

    /** At most this many languages are tried: enough for any real chain, bounded whatever the configuration. */
    static final int MAX_CANDIDATES = 24;

    /**
     * @param requested   languages asked for, canonical, most wanted first
     * @param defaultLanguage the language of the base fields
     * @param fallbacks   configured fallbacks, from a canonical language to the canonical ones tried after it
     */
    static LanguageChain of(List<String> requested, String defaultLanguage, Map<String, List<String>> fallbacks) {
        LinkedHashSet<String> chain = new LinkedHashSet<>(requested);
        // The list grows as it is walked: a fallback's own fallbacks follow it (sr-Latn-RS → sr-Latn → sr).
        List<String> walk = new ArrayList<>(requested);
        for (int i = 0; i < walk.size() && chain.size() < MAX_CANDIDATES; i++) {
            for (String next : fallbacks.getOrDefault(walk.get(i), List.of())) {
                if (chain.add(next)) {
                    walk.add(next);
                }
            }
        }
        for (String language : List.copyOf(chain)) {
            chain.add(LanguageTags.primary(language));
        }
        List<String> candidates = new ArrayList<>(chain.stream().limit(MAX_CANDIDATES - 1L).toList());
        if (!candidates.contains(defaultLanguage)) {
            candidates.add(defaultLanguage);
        }
        return new LanguageChain(requested.isEmpty() ? defaultLanguage : requested.get(0), List.copyOf(candidates),
                defaultLanguage);
    }

    /**
     * Which of an entity's localisations answer, most wanted first, up to (not including) the base fields: the first
     * names the language of the answer, the next ones fill the fields it leaves out.
     */
    public <L> Resolution<L> resolve(Map<String, L> localizations) {
        List<L> layers = new ArrayList<>();
        String language = null;
        for (String candidate : candidates) {
            if (candidate.equals(base)) {
                break;
            }
            L localization = localizations == null ? null : localizations.get(candidate);
            if (localization != null) {
                layers.add(localization);
                language = Objects.requireNonNullElse(language, candidate);
            }
        }
        return new Resolution<>(Objects.requireNonNullElse(language, base), layers, asked);
    }
}
