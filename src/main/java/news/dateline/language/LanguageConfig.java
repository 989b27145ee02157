package news.dateline.language;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/**
 * Localised names of tags and people ({@code DATELINE_LANGUAGES_…}): the language of their base fields and where a
 * language missing from a tag or person falls back to before the base.
 */
@ConfigMapping(prefix = "dateline.languages")
public interface LanguageConfig {

    /** The language (BCP 47) of the base fields (name, description, title, bio, aliases) of every tag and person. */
    @WithName("default")
    @WithDefault("en")
    String defaultLanguage();

    /**
     * Fallbacks tried after a language asked for and before its primary subtag, each {@code from:to}:
     * {@code sr-Latn:sr,sr-Cyrl:sr,pt-BR:pt-PT}. None by default.
     */
    Optional<List<String>> fallbacks();
}
