package news.dateline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.dateline.suggest.Suggestions.Field;
import news.dateline.suggest.Suggestions.Occurrence;
import news.dateline.suggest.Suggestions.SuggestedEntity;

/** Offsets hold whatever the text: they point at what was written, and that folds to a form of the entity. */
class SuggesterPropertiesTest {

    private static final Dictionary DICTIONARY = Dictionary.of(List.of(
            SuggesterTest.tag("Straße", "place"),
            SuggesterTest.tag("Ærø Island", "place"),
            SuggesterTest.tag("OSCE", "organisation", "Organization for Security and Co-operation in Europe"),
            SuggesterTest.tag("Nagorno-Karabakh", "place", "Karabakh"),
            SuggesterTest.tag("European Union", "organisation", "EU"),
            SuggesterTest.person("Feridun Sinirlioğlu")));

    private static final List<String> PIECES = List.of("Straße", "STRASSE", "strasse", "Ærø Island", "aero island",
            "AERØ ISLAND", "OSCE", "osce", "OSCE's", "Osceola", "Organization for Security and Co-operation in Europe",
            "Nagorno-Karabakh", "Karabakh", "nagorno karabakh", "EU", "eu", "Feridun Sinirlioglu", "Sinirlioğlu",
            "SİNİRLİOĞLU", "Malta", "NATO", "Donald Trump", "the", "met", "in", "and", "😀", "𝔸", "ß", "æ", "ﬁ",
            "e\u0301", "**", "_", "[", "](https://osce.org)", "<https://osce.org>", "#", "-", "—", "’s", "'");
    private static final List<String> GAPS = List.of(" ", "  ", ", ", ". ", "\n", "\n\n", "-", "", "\u00A0", "; ");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> gap = Arbitraries.of(GAPS);
        return piece.list().ofMaxSize(40).flatMap(pieces -> gap.list().ofSize(pieces.size()).map(gaps -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < pieces.size(); i++) {
                text.append(pieces.get(i)).append(gaps.get(i));
            }
            return text.toString();
        }));
    }

    @Property(tries = 500)
    void everyOffsetPointsAtTextThatFoldsToAMatchedForm(@ForAll("texts") String title, @ForAll("texts") String body) {
        Suggestions answer = Suggester.suggest(DICTIONARY, title, body, null);
        SuggesterTest.everyOffsetPointsAtItsText(answer, title, body);
        for (SuggestedEntity entity : answer.entities()) {
            Set<String> keys = entity.forms().stream().map(f -> Tokens.key(Tokens.of(f))).collect(Collectors.toSet());
            for (Occurrence occurrence : entity.occurrences()) {
                String text = occurrence.field() == Field.TITLE ? title : body;
                String written = text.substring(occurrence.start(), occurrence.end());
                assertTrue(keys.contains(Tokens.key(Tokens.of(written))), () -> written + " folds to none of "
                        + entity.forms());
            }
            assertEquals(entity.count(), entity.occurrences().size());
        }
    }

    @Property(tries = 300)
    void anyTextIsAnsweredWithOffsetsInsideIt(@ForAll String title, @ForAll String body) {
        Suggestions answer = Suggester.suggest(DICTIONARY, title, body, "en");
        SuggesterTest.everyOffsetPointsAtItsText(answer, title, body);
    }
}
