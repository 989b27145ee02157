package news.dateline.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Examples and properties for {@link Slugs}. */
class SlugsTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "Feridun Sinirlioğlu|feridun-sinirlioglu",
            // ICU's Any-Latin uses ISO 9 style: й -> j, so Сергей becomes "Sergej".
            "Сергей Лавров|sergej-lavrov",
            "Nagorno-Karabakh|nagorno-karabakh",
            "  OSCE  |osce",
            "Straße|strasse",
            "Łódź|lodz",
            "Organization for Security and Co-operation in Europe (OSCE)|organization-for-security-and-co-operation-in-europe-osce",
            "Russia’s|russias",
            "OSCE's|osces",
            "İstanbul|istanbul",
            "Ελληνικά|ellenika",
            "Lavrov: Talks -- 'constructive'!|lavrov-talks-constructive",
    })
    void transliteratesToLowercaseAsciiWords(String input, String expected) {
        assertEquals(expected, Slugs.slugify(input));
    }

    @Test
    void apostrophesInsideWordsAreDroppedNotHyphenated() {
        assertEquals("russias-foreign-minister", Slugs.slugify("Russia’s foreign minister"));
        assertEquals("the-osces-mandate", Slugs.slugify("the OSCE's mandate"));
    }

    @Test
    void returnsEmptyWhenNothingSluggableIsLeft() {
        assertAll(
                () -> assertEquals("", Slugs.slugify("!!!")),
                () -> assertEquals("", Slugs.slugify("   ")),
                () -> assertEquals("", Slugs.slugify("")),
                () -> assertEquals("", Slugs.slugify(null)),
                () -> assertEquals("", Slugs.slugify("— … —")));
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String slug = Slugs.slugify("word ".repeat(40)); // 200 chars

        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(slug.endsWith("-word"), slug);
        assertTrue(Slugs.isValid(slug), slug);
    }

    @Test
    void singleOverlongWordIsHardCut() {
        assertEquals("a".repeat(Slugs.MAX_LENGTH), Slugs.slugify("a".repeat(500)));
    }

    @Test
    void cutNeverLeavesATrailingHyphen() {
        // 119 letters then a separator: a naive cut at MAX_LENGTH would keep the hyphen.
        assertEquals("b".repeat(119), Slugs.slugify("b".repeat(119) + " " + "c".repeat(50)));
    }

    @Test
    void validationFollowsPatternAndLength() {
        assertAll(
                () -> assertTrue(Slugs.isValid("nagorno-karabakh")),
                () -> assertTrue(Slugs.isValid("osce")),
                () -> assertTrue(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))),
                () -> assertFalse(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))),
                () -> assertFalse(Slugs.isValid("")),
                () -> assertFalse(Slugs.isValid(null)),
                () -> assertFalse(Slugs.isValid("-osce")),
                () -> assertFalse(Slugs.isValid("osce-")),
                () -> assertFalse(Slugs.isValid("nagorno--karabakh")),
                () -> assertFalse(Slugs.isValid("OSCE")),
                () -> assertFalse(Slugs.isValid("straße")));
    }

    @Test
    void patternConstantAgreesWithIsValid() {
        assertTrue("nagorno-karabakh".matches(Slugs.PATTERN));
        assertFalse("Nagorno Karabakh".matches(Slugs.PATTERN));
    }

    @Test
    void sharedTransliteratorIsSafeUnderConcurrency() throws Exception {
        List<String> inputs = List.of("Сергей Лавров", "Feridun Sinirlioğlu", "Łódź", "Ελληνικά", "Straße", "日本語");
        List<String> expected = inputs.stream().map(Slugs::slugify).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int task = 0; task < 400; task++) {
                futures.add(pool.submit(() -> inputs.stream().map(Slugs::slugify).toList()));
            }
            for (Future<List<String>> future : futures) {
                assertEquals(expected, future.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property
    void slugIsEmptyOrValid(@ForAll("titles") String text) {
        String slug = Slugs.slugify(text);

        assertTrue(slug.isEmpty() || Slugs.isValid(slug), () -> "slug '" + slug + "' of '" + text + "'");
    }

    @Property
    void slugifyIsIdempotent(@ForAll("titles") String text) {
        String slug = Slugs.slugify(text);

        assertEquals(slug, Slugs.slugify(slug));
    }

    @Property
    void arbitraryUnicodeGivesEmptyOrValidIdempotentSlug(@ForAll String text) {
        String slug = Slugs.slugify(text);

        assertTrue(slug.isEmpty() || Slugs.isValid(slug), () -> "slug '" + slug + "' of '" + text + "'");
        assertEquals(slug, Slugs.slugify(slug));
    }

    @Provide
    Arbitrary<String> titles() {
        // Plain @ForAll strings are mostly unassigned or exotic code points; real scripts,
        // separators and apostrophes exercise the interesting paths.
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u00C0', '\u017F').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("Nagorno-Karabakh", "Russia’s", "OSCE's", "Straße", "Łódź", "日本語",
                        "(OSCE)", "—", "'", "’", "-", "!!!", "  "));
        Arbitrary<String> separators = Arbitraries.of(" ", "-", "--", " - ", "'", "’", "_", ".", "\t", "", "  ");
        Arbitrary<String> joined = words.list().ofMaxSize(40).flatMap(ws -> separators.list().ofSize(ws.size())
                .map(ss -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        sb.append(ws.get(i)).append(ss.get(i));
                    }
                    return sb.toString();
                }));
        return Arbitraries.oneOf(joined, Arbitraries.strings().ofMaxLength(300));
    }
}
