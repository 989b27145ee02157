package news.dateline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import news.dateline.suggest.Suggestions.Candidate;
import news.dateline.suggest.Suggestions.Field;
import news.dateline.suggest.Suggestions.Occurrence;
import news.dateline.suggest.Suggestions.SuggestedEntity;
import org.junit.jupiter.api.Test;

/** The matching rules without a server: folding, whole words, several words, ambiguity, offsets, candidates. */
class SuggesterTest {

    static Named tag(String name, String kind, String... aliases) {
        return new Named(EntityType.TAG, kind, UUID.randomUUID(), slug(name), name, List.of(aliases), Map.of());
    }

    static Named person(String name, String... aliases) {
        return new Named(EntityType.PERSON, null, UUID.randomUUID(), slug(name), name, List.of(aliases), Map.of());
    }

    static String slug(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** The seed's six, and none of the names the issue wants as candidates. */
    static Dictionary seedDictionary() {
        return Dictionary.of(List.of(
                tag("OSCE", "organisation", "Organization for Security and Co-operation in Europe",
                        "Organization for Security and Cooperation in Europe"),
                tag("Ukraine", "place"),
                tag("Nagorno-Karabakh", "place", "Karabakh"),
                person("Sergei Lavrov", "Sergey Lavrov"),
                person("Antony Blinken", "Tony Blinken"),
                person("Feridun Sinirlioğlu")));
    }

    static String seedBody() throws IOException {
        try (InputStream in = SuggesterTest.class.getResourceAsStream("/demo/osce-ministerial-malta-2024.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final String SEED_TITLE = "Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine";

    static Map<String, SuggestedEntity> bySlug(Suggestions suggestions) {
        return suggestions.entities().stream().collect(Collectors.toMap(SuggestedEntity::slug, e -> e));
    }

    static Set<String> candidateTexts(Suggestions suggestions) {
        return suggestions.candidates().stream().map(Candidate::text).collect(Collectors.toSet());
    }

    @Test
    void theSeedArticleProposesItsTagsPeopleAndNewNames() throws IOException {
        String body = seedBody();
        assertTrue(body.contains("Sinirlioglu"), "the seed's source keeps the spelling the issue quotes");
        Suggestions answer = Suggester.suggest(seedDictionary(), SEED_TITLE, body, "en");
        Map<String, SuggestedEntity> found = bySlug(answer);
        assertEquals(Set.of("osce", "ukraine", "nagorno-karabakh", "sergei-lavrov", "antony-blinken",
                "feridun-sinirlio-lu"), found.keySet());
        assertEquals("Feridun Sinirlioğlu", found.get("feridun-sinirlio-lu").name());
        assertTrue(found.get("osce").forms().contains("Organization for Security and Cooperation in Europe"));
        assertEquals("organisation", found.get("osce").kind());
        assertTrue(found.get("sergei-lavrov").forms().containsAll(List.of("Sergei Lavrov", "Lavrov")));
        assertEquals(6, found.get("ukraine").count());
        Set<String> candidates = candidateTexts(answer);
        assertTrue(candidates.containsAll(Set.of("Donald Trump", "Armenia", "Azerbaijan", "Malta", "NATO")),
                candidates::toString);
        assertFalse(candidates.contains("This"), "sentence starters are no names");
        assertFalse(candidates.contains("December"), "months are no names");
        assertTrue(answer.entities().get(0).confidence() >= answer.entities().get(5).confidence());
        everyOffsetPointsAtItsText(answer, SEED_TITLE, body);
    }

    static void everyOffsetPointsAtItsText(Suggestions answer, String title, String body) {
        List<Occurrence> all = new ArrayList<>();
        answer.entities().forEach(e -> all.addAll(e.occurrences()));
        answer.ambiguous().forEach(a -> all.addAll(a.occurrences()));
        answer.candidates().forEach(c -> all.addAll(c.occurrences()));
        for (Occurrence occurrence : all) {
            String text = occurrence.field() == Field.TITLE ? title : body;
            assertEquals(occurrence.text(), text.substring(occurrence.start(), occurrence.end()));
        }
    }

    @Test
    void foldsCaseAndDiacriticsBothWays() {
        Dictionary dictionary = Dictionary.of(List.of(person("Feridun Sinirlioğlu"), tag("Straße", "place"),
                tag("Ærø", "place")));
        Suggestions answer = Suggester.suggest(dictionary, null,
                "FERIDUN SINIRLIOGLU met sinirlioğlu in the strasse near aero and STRASSE.", null);
        Map<String, SuggestedEntity> found = bySlug(answer);
        assertEquals(2, found.get("feridun-sinirlio-lu").count());
        assertEquals(2, found.get("stra-e").count());
        assertEquals(1, found.get("-r-").count());
    }

    @Test
    void offsetsStayOnTheOriginalWhenFoldingChangesLength() {
        Dictionary dictionary = Dictionary.of(List.of(tag("Strasse", "place"), tag("Aesir", "topic")));
        String body = "Die Straße und die Æsir — Straße.";
        Suggestions answer = Suggester.suggest(dictionary, null, body, null);
        SuggestedEntity strasse = bySlug(answer).get("strasse");
        assertEquals(List.of(4, 26), strasse.occurrences().stream().map(Occurrence::start).toList());
        assertEquals("Straße", body.substring(strasse.occurrences().get(0).start(), strasse.occurrences().get(0).end()));
        SuggestedEntity aesir = bySlug(answer).get("aesir");
        assertEquals("Æsir", aesir.occurrences().get(0).text());
        everyOffsetPointsAtItsText(answer, null, body);
    }

    @Test
    void offsetsCountUtf16CodeUnits() {
        Dictionary dictionary = Dictionary.of(List.of(tag("OSCE", "organisation")));
        String body = "😀 𝔸 OSCE";
        Suggestions answer = Suggester.suggest(dictionary, null, body, null);
        Occurrence occurrence = bySlug(answer).get("osce").occurrences().get(0);
        assertEquals(6, occurrence.start(), "two surrogate pairs and two spaces come first");
        assertEquals(10, occurrence.end());
    }

    @Test
    void neverMatchesInsideAWord() {
        Dictionary dictionary = Dictionary.of(List.of(tag("OSCE", "organisation"), tag("post", "topic")));
        Suggestions answer = Suggester.suggest(dictionary, "Osceola", "Osceola County, posting and OSCEs, repost.",
                null);
        assertTrue(answer.entities().isEmpty(), answer.entities()::toString);
    }

    @Test
    void takesTheLongestFormOfSeveralWords() {
        Dictionary dictionary = Dictionary.of(List.of(
                tag("OSCE", "organisation", "Organization for Security and Co-operation in Europe"),
                tag("Europe", "place"), tag("Nagorno-Karabakh", "place", "Karabakh")));
        String body = "The Organization for Security and Co-operation in Europe met on Nagorno-Karabakh; Europe and "
                + "Karabakh too.";
        Map<String, SuggestedEntity> found = bySlug(Suggester.suggest(dictionary, null, body, null));
        assertEquals(List.of(4), found.get("osce").occurrences().stream().map(Occurrence::start).toList());
        assertEquals(1, found.get("europe").count(), "the Europe inside the long name is the OSCE's");
        assertEquals(2, found.get("nagorno-karabakh").count());
        assertEquals("Nagorno-Karabakh", found.get("nagorno-karabakh").occurrences().get(0).text());
    }

    @Test
    void aNameAcrossASentenceEndIsTwoWords() {
        Dictionary dictionary = Dictionary.of(List.of(person("Sergei Lavrov")));
        Suggestions answer = Suggester.suggest(dictionary, null, "He met Sergei. Lavrov came later.", null);
        SuggestedEntity lavrov = bySlug(answer).get("sergei-lavrov");
        assertEquals(List.of("Lavrov"), lavrov.forms(), "the surname alone, not the full name");
    }

    @Test
    void aSharedAliasIsAmbiguousWithBothCandidates() {
        Named lavrov = person("Sergei Lavrov", "Lavrov");
        Named other = person("Ivan Lavrov", "Lavrov");
        Dictionary dictionary = Dictionary.of(List.of(lavrov, other));
        Suggestions answer = Suggester.suggest(dictionary, null, "Lavrov spoke. Sergei Lavrov spoke.", null);
        assertEquals(List.of("sergei-lavrov"), answer.entities().stream().map(SuggestedEntity::slug).toList());
        assertEquals(1, answer.ambiguous().size());
        assertEquals(Set.of("sergei-lavrov", "ivan-lavrov"), answer.ambiguous().get(0).entities().stream()
                .map(Suggestions.Entity::slug).collect(Collectors.toSet()));
        assertEquals(0, answer.ambiguous().get(0).occurrences().get(0).start());
    }

    @Test
    void aSurnameIsAnAliasOnlyWhenNobodyElseHasIt() {
        Dictionary alone = Dictionary.of(List.of(person("Antony Blinken")));
        assertEquals(1, Suggester.suggest(alone, null, "Blinken said.", null).entities().size());
        Dictionary two = Dictionary.of(List.of(person("Antony Blinken"), person("Donald Blinken")));
        Suggestions answer = Suggester.suggest(two, null, "Blinken said.", null);
        assertTrue(answer.entities().isEmpty());
        assertTrue(answer.ambiguous().isEmpty(), "an implicit alias is no form when shared");
    }

    @Test
    void shortCapitalFormsMatchOnlyCapitals() {
        Dictionary dictionary = Dictionary.of(List.of(tag("European Union", "organisation", "EU", "BE")));
        Suggestions answer = Suggester.suggest(dictionary, null, "It will be the EU, not eu or be.", null);
        assertEquals(1, bySlug(answer).get("european-union").count());
    }

    @Test
    void localisedNamesAndAliasesAreForms() {
        Named osce = new Named(EntityType.TAG, "organisation", UUID.randomUUID(), "osce", "OSCE", List.of(),
                Map.of("sq", new Named.Localized("OSBE", List.of("Organizata për Siguri dhe Bashkëpunim në Evropë"))));
        Dictionary dictionary = Dictionary.of(List.of(osce));
        String body = "Organizata per Siguri dhe Bashkepunim ne Evrope (OSBE) dhe OSBE-së.";
        SuggestedEntity found = bySlug(Suggester.suggest(dictionary, null, body, "sq")).get("osce");
        assertEquals(3, found.count());
        SuggestedEntity inEnglish = bySlug(Suggester.suggest(dictionary, null, body, "en")).get("osce");
        assertTrue(inEnglish.confidence() < found.confidence(), "another language's names count a little less");
    }

    @Test
    void linkTargetsAreNotText() {
        Dictionary dictionary = Dictionary.of(List.of(tag("OSCE", "organisation")));
        String body = "See [the report](https://example.org/osce/report \"OSCE\") and <https://osce.org>, "
                + "https://osce.org/x.";
        Suggestions answer = Suggester.suggest(dictionary, null, body, null);
        assertTrue(answer.entities().isEmpty(), answer.entities()::toString);
        Suggestions linked = Suggester.suggest(dictionary, null, "[OSCE](https://osce.org) says", null);
        assertEquals(1, linked.entities().get(0).occurrences().get(0).start());
    }

    @Test
    void candidatesFollowTheDocumentedRule() {
        Dictionary dictionary = Dictionary.of(List.of());
        String body = "On Monday the Secretary met Donald Trump in Malta. Armenia objected. NATO agreed with "
                + "Armenia.\n\nThis was in December. Western countries and the Bank of England waited.";
        Set<String> candidates = candidateTexts(Suggester.suggest(dictionary, null, body, null));
        assertTrue(candidates.containsAll(Set.of("Secretary", "Donald Trump", "Malta", "Armenia", "NATO",
                "Bank of England")), candidates::toString);
        assertFalse(candidates.contains("Monday"));
        assertFalse(candidates.contains("This"));
        assertFalse(candidates.contains("December"));
        assertFalse(candidates.contains("Western"));
        Suggestions answer = Suggester.suggest(dictionary, null, body, null);
        Candidate armenia = answer.candidates().stream().filter(c -> c.text().equals("Armenia")).findFirst()
                .orElseThrow();
        assertEquals(2, armenia.count(), "its sentence-initial occurrence counts once the name is a candidate");
    }
}
