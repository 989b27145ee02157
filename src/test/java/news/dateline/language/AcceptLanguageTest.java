package news.dateline.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Accept-Language headers as languages, the chain they make, and the one rule for language tags. */
class AcceptLanguageTest {

    @Test
    void rangesAreOrderedByWeightThenByPosition() {
        assertEquals(List.of("sq", "ru", "de"), AcceptLanguage.parse("de;q=0.5, sq, ru;q=0.9"));
        assertEquals(List.of("sq", "en"), AcceptLanguage.parse("sq,en;q=0.5"));
        assertEquals(List.of("sr-Latn", "pt-BR"), AcceptLanguage.parse("SR-latn, pt-br;Q=0.8"));
    }

    @Test
    void malformedRangesWildcardsAndUnwantedOnesAreSkipped() {
        assertEquals(List.of("ru"), AcceptLanguage.parse(";;;,,, sq;q=abc, *, en;q=0, de;q=1.5, ru"));
        assertEquals(List.of(), AcceptLanguage.parse(null));
        assertEquals(List.of(), AcceptLanguage.parse(" "));
        assertEquals(List.of(), AcceptLanguage.parse("en-12, x, 123"));
    }

    @Test
    void onlyTheFirstRangesAreReadAndFewLanguagesKept() {
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "x" + Integer.toString(i, 36))
                .collect(Collectors.joining(", "));
        List<String> languages = AcceptLanguage.parse(thousand + ", sq");
        assertTrue(languages.size() <= AcceptLanguage.MAX_LANGUAGES);
        assertTrue(!languages.contains("sq"), "ranges past the cap are not read");
    }

    @Test
    void theChainRunsThroughFallbacksAndPrimarySubtagsToTheBase() {
        Map<String, List<String>> fallbacks = Map.of("sr-Latn", List.of("sr"), "sq-XK", List.of("sq"));
        LanguageChain chain = LanguageChain.of(List.of("sr-Latn-RS", "de-AT"), "en",
                Map.of("sr-Latn-RS", List.of("sr-Latn"), "sr-Latn", List.of("sr")));
        assertEquals(List.of("sr-Latn-RS", "de-AT", "sr-Latn", "sr", "de", "en"), chain.candidates());
        assertEquals("sr-Latn-RS", chain.asked());
        LanguageChain none = LanguageChain.of(List.of(), "en", fallbacks);
        assertEquals(List.of("en"), none.candidates());
        assertEquals("en", none.asked());
    }

    @Test
    void aLocalisationAnswersFieldByFieldAndTheBaseStopsTheSearch() {
        record Names(String name, String title) {
        }
        Map<String, Names> localizations = Map.of("sq", new Names(null, "Ministri i Jashtëm i Rusisë"),
                "ru", new Names("Сергей Лавров", null));
        // Every language asked for comes before any primary subtag: ru (asked) before sq (sq-AL's primary).
        Resolution<Names> ru = LanguageChain.of(List.of("sq-AL", "ru"), "en", Map.of()).resolve(localizations);
        assertEquals("ru", ru.language());
        assertEquals("ru", ru.fellBackTo());
        assertEquals("Сергей Лавров", ru.field(Names::name, "Sergei Lavrov"));
        assertEquals("Ministri i Jashtëm i Rusisë", ru.field(Names::title, "Foreign Minister"),
                "the next language gives the title");
        Resolution<Names> sq = LanguageChain.of(List.of("sq"), "en", Map.of()).resolve(localizations);
        assertEquals(null, sq.fellBackTo());
        assertEquals("Sergei Lavrov", sq.field(Names::name, "Sergei Lavrov"), "the base gives what sq leaves out");
        Resolution<Names> en = LanguageChain.of(List.of("en", "ru"), "en", Map.of()).resolve(localizations);
        assertEquals("en", en.language());
        assertEquals(null, en.fellBackTo());
        assertEquals("Sergei Lavrov", en.field(Names::name, "Sergei Lavrov"), "the base language is the base fields");
    }

    @Test
    void tagsAreCheckedAndPutInCanonicalCase() {
        assertEquals("sr-Latn", LanguageTags.parse("SR-LATN").orElseThrow());
        assertEquals("pt-BR", LanguageTags.parse("pt-br").orElseThrow());
        assertTrue(LanguageTags.parse("en-12").isEmpty(), "a subtag Java would drop is refused");
        assertTrue(LanguageTags.parse("en_GB").isEmpty());
        assertTrue(LanguageTags.parse("e").isEmpty());
        assertTrue(LanguageTags.parse("a".repeat(36)).isEmpty());
        assertEquals("sq", LanguageTags.primary("sq-AL"));
    }
}
