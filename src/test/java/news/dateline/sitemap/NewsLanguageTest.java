package news.dateline.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Google News names a language by its ISO 639 code alone, Chinese by its script. */
class NewsLanguageTest {

    @ParameterizedTest
    @CsvSource({"en, en", "en-GB, en", "pt-BR, pt", "de, de", "sq, sq", "fil, fil", "he, he", "zh, zh-cn",
            "zh-CN, zh-cn", "zh-Hans, zh-cn", "zh-Hans-HK, zh-cn", "zh-TW, zh-tw", "zh-HK, zh-tw", "zh-Hant, zh-tw",
            "zh-Hant-CN, zh-tw"})
    void aLanguageTagBecomesTheCodeGoogleNewsReads(String tag, String expected) {
        assertEquals(expected, NewsLanguage.of(tag));
    }
}
