package news.dateline.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The diff of two snapshots: its patch applies, its word runs rebuild both texts, and a rewrite stays bounded. */
class RevisionDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT = List.of("title", "body");

    @Test
    void aCorrectedNameIsOneDeleteAndOneInsertBetweenEqualRuns() throws Exception {
        JsonNode before = JSON.readTree("""
                {"title":"Talks in Malta","body":"Sinirlioglu takes office.","tags":[{"slug":"osce"}]}""");
        JsonNode after = JSON.readTree("""
                {"title":"Talks in Malta","body":"Feridun Sinirlioğlu takes office.","tags":[{"slug":"osce"}]}""");

        RevisionDiff diff = RevisionDiff.between(before, after, TEXT);

        assertEquals(List.of("body"), diff.changed());
        assertEquals(Set.of("body"), diff.words().keySet());
        assertEquals(List.of(
                new WordChange(WordChange.Op.DELETE, "Sinirlioglu"),
                new WordChange(WordChange.Op.INSERT, "Feridun Sinirlioğlu"),
                new WordChange(WordChange.Op.EQUAL, " takes office.")), diff.words().get("body"));
        assertEquals("[{\"op\":\"replace\",\"path\":\"/body\",\"value\":\"Feridun Sinirlioğlu takes office.\"}]",
                diff.patch().toString());
    }

    @Test
    void aFieldOnOneSideOnlyIsChangedAndItsRemoveCarriesNoValue() throws Exception {
        JsonNode before = JSON.readTree("{\"title\":\"A\",\"subtitle\":\"gone\"}");
        JsonNode after = JSON.readTree("{\"title\":\"A\",\"canonicalUrl\":\"https://example.org/a\"}");

        RevisionDiff diff = RevisionDiff.between(before, after, TEXT);

        assertEquals(List.of("subtitle", "canonicalUrl"), diff.changed());
        assertEquals(1, diff.patch().findValues("value").size()); // the add's; the remove has none
        assertEquals(after, JsonPatch.apply(diff.patch(), before));
    }

    @Test
    void twoFieldsWithTheSameValueGiveNoCopyOrMove() throws Exception {
        JsonNode before = JSON.readTree("{\"title\":\"Malta\",\"subtitle\":null}");
        JsonNode after = JSON.readTree("{\"title\":\"Malta\",\"subtitle\":\"Malta\"}");

        JsonNode patch = RevisionDiff.between(before, after, TEXT).patch();

        assertTrue(Set.of("add", "remove", "replace").containsAll(patch.findValuesAsText("op")), patch::toString);
    }

    @Test
    void aTotalRewriteOfALongBodyIsAnsweredAtOnceAsOneDeleteAndOneInsert() {
        String before = words("alpha", 20_000);
        String after = words("omega", 20_000);

        List<WordChange> runs = RevisionDiff.words(before, after);

        assertEquals(List.of(WordChange.Op.DELETE, WordChange.Op.INSERT), runs.stream().map(WordChange::op).toList());
    }

    @Test
    void wordsOfAnyScriptAreWholeTokens() {
        List<WordChange> runs = RevisionDiff.words("Lini një Përgjigje", "Lini një përgjigje");

        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "Lini një "),
                new WordChange(WordChange.Op.DELETE, "Përgjigje"), new WordChange(WordChange.Op.INSERT, "përgjigje")),
                runs);
    }

    @Property(tries = 300)
    void runsRebuildBothTextsAndNeverRepeatAnOp(@ForAll @StringLength(max = 200) String before,
            @ForAll @StringLength(max = 200) String after) {
        List<WordChange> runs = RevisionDiff.words(before, after);

        assertEquals(before, join(runs, WordChange.Op.INSERT));
        assertEquals(after, join(runs, WordChange.Op.DELETE));
        for (int i = 1; i < runs.size(); i++) {
            assertNotEquals(runs.get(i - 1).op(), runs.get(i).op());
        }
        assertFalse(runs.stream().anyMatch(run -> run.text().isEmpty()));
    }

    @Property(tries = 200)
    void thePatchTurnsTheOldSnapshotIntoTheNew(@ForAll @StringLength(max = 40) String a,
            @ForAll @StringLength(max = 40) String b, @ForAll boolean dropA, @ForAll boolean addC) {
        ObjectNode before = JSON.createObjectNode().put("title", a).put("body", b);
        ObjectNode after = JSON.createObjectNode().put("body", a + b);
        if (!dropA) {
            after.put("title", b);
        }
        if (addC) {
            after.putArray("tags").addObject().put("slug", a);
        }

        RevisionDiff diff = RevisionDiff.between(before, after, TEXT);

        assertEquals(after, JsonPatch.apply(diff.patch(), before));
        assertTrue(diff.changed().containsAll(diff.words().keySet()));
    }

    /** The text of every run but those of {@code skipped}. */
    private static String join(List<WordChange> runs, WordChange.Op skipped) {
        return runs.stream().filter(run -> run.op() != skipped).map(WordChange::text).collect(Collectors.joining());
    }

    private static String words(String word, int count) {
        return (word + " ").repeat(count).strip();
    }
}
