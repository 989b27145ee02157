package news.dateline.language;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks the language settings at start, so that a malformed default or fallback stops the service at once instead of
 * failing reads later. Injecting {@link LanguageConfig} here is also what registers the mapping that
 * {@link Languages} reads.
 */
@ApplicationScoped
class LanguageCheck {

    void check(@Observes StartupEvent start, LanguageConfig config) {
        Languages.defaultLanguage();
        Languages.fallbacks(config);
    }
}
