package news.dateline.sitemap;

import java.util.Locale;
import java.util.Set;

/**
 * An article's BCP 47 language as {@code <news:language>} wants it: the ISO 639 code alone ({@code pt-BR} is
 * {@code pt}), except Chinese, which Google News splits into {@code zh-cn} (Simplified) and {@code zh-tw}
 * (Traditional).
 */
final class NewsLanguage {

    private static final Set<String> TRADITIONAL_REGIONS = Set.of("TW", "HK", "MO");

    private NewsLanguage() {
    }

    static String of(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (!language.equals("zh")) {
            return language;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && TRADITIONAL_REGIONS.contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }
}
