package news.dateline.language;

import io.smallrye.config.SmallRyeConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configured languages ({@link LanguageConfig}) as chains, for code that has no bean at hand: the static factories
 * of the article records that embed tags and people (threading a bean through each of their callers would reach into
 * every read and write of articles for one setting). Reading the mapping is a lookup in the running configuration.
 */
public final class Languages {

    private Languages() {
    }

    /** The chain for content written in one language (an article's tags and people follow the article's language). */
    public static LanguageChain forContent(String language) {
        return chain(language == null ? List.of() : LanguageTags.parse(language).map(List::of).orElse(List.of()));
    }

    /** The chain for languages a reader asked for, most wanted first (canonical tags). */
    public static LanguageChain chain(List<String> requested) {
        LanguageConfig config = config();
        return LanguageChain.of(requested, defaultLanguage(config), fallbacks(config));
    }

    /** The language of every tag's and person's base fields. */
    public static String defaultLanguage() {
        return defaultLanguage(config());
    }

    private static LanguageConfig config() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(LanguageConfig.class);
    }

    private static String defaultLanguage(LanguageConfig config) {
        return LanguageTags.parse(config.defaultLanguage()).orElseThrow(() -> new IllegalStateException(
                "dateline.languages.default " + LanguageTags.MESSAGE + ", not " + config.defaultLanguage()));
    }

    /** {@code from:to} pairs as a map from each language to those tried after it, in the order configured. */
    static Map<String, List<String>> fallbacks(LanguageConfig config) {
        Map<String, List<String>> fallbacks = new LinkedHashMap<>();
        for (String pair : config.fallbacks().orElse(List.of())) {
            String[] parts = pair.split(":", -1);
            String from = parts.length == 2 ? LanguageTags.parse(parts[0].strip()).orElse(null) : null;
            String to = parts.length == 2 ? LanguageTags.parse(parts[1].strip()).orElse(null) : null;
            if (from == null || to == null) {
                throw new IllegalStateException("dateline.languages.fallbacks: '" + pair
                        + "' is not from:to with two BCP 47 language tags, such as sr-Latn:sr");
            }
            fallbacks.computeIfAbsent(from, f -> new ArrayList<>()).add(to);
        }
        return fallbacks;
    }
}
