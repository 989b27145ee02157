package news.dateline.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two snapshots of a resource: the top-level fields that differ, an RFC 6902 patch from the old to
 * the new, and a word-level diff (track changes) of the text fields that changed.
 */
public record RevisionDiff(List<String> changed, JsonNode patch, Map<String, List<WordChange>> words) {

    /*
     * add, remove and replace only. zjsonpatch would otherwise turn an add whose value equals some other field's into a
     * copy or move: two fields that merely hold the same value are not related, a client would have to resolve "from"
     * pointers, and the library's open bugs (patches that do not apply) are all in that step. A remove carries no value,
     * as RFC 6902 has it.
     */
    private static final EnumSet<DiffFlags> PATCH_FLAGS = EnumSet.of(
            DiffFlags.OMIT_VALUE_ON_REMOVE, DiffFlags.OMIT_MOVE_OPERATION, DiffFlags.OMIT_COPY_OPERATION);

    /**
     * The most word tokens (each word, run of spaces or punctuation mark counts one) that the word diff inserts and
     * deletes between the first and last change before it gives up and answers the changed middle as one delete and
     * one insert. Myers' diff takes time and memory that grow with the square of this number (a rewrite of two
     * 200,000-character bodies would otherwise take minutes and gigabytes); a text this rewritten reads no better as
     * track changes anyway.
     */
    static final int MAX_WORD_EDITS = 2_000;

    public RevisionDiff {
        changed = List.copyOf(changed);
        Objects.requireNonNull(patch, "patch");
        words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /**
     * The difference from {@code from} to {@code to}, two JSON objects.
     *
     * @param wordFields the text fields that get a word-level diff when they changed (body, title, subtitle, excerpt)
     */
    public static RevisionDiff between(JsonNode from, JsonNode to, List<String> wordFields) {
        if (from == null || !from.isObject() || to == null || !to.isObject()) {
            throw new IllegalArgumentException("a revision diff compares two JSON objects");
        }
        List<String> changed = changedFields(from, to);
        Map<String, List<WordChange>> words = new LinkedHashMap<>();
        for (String field : wordFields) {
            JsonNode before = from.path(field);
            JsonNode after = to.path(field);
            // A field that is not text on either side (a snapshot of another shape) has its change in the patch only.
            if (changed.contains(field) && isTextOrAbsent(before) && isTextOrAbsent(after)) {
                words.put(field, words(before.asText(""), after.asText("")));
            }
        }
        return new RevisionDiff(changed, JsonDiff.asJson(from, to, PATCH_FLAGS), words);
    }

    /** The top-level fields whose values differ: in {@code from}'s order, then those only {@code to} has. */
    private static List<String> changedFields(JsonNode from, JsonNode to) {
        Set<String> names = new LinkedHashSet<>();
        from.fieldNames().forEachRemaining(names::add);
        to.fieldNames().forEachRemaining(names::add);
        // A field on one side only differs too: "absent" and null are different snapshots.
        return names.stream().filter(name -> !Objects.equals(from.get(name), to.get(name))).toList();
    }

    private static boolean isTextOrAbsent(JsonNode node) {
        return node.isTextual() || node.isNull() || node.isMissingNode();
    }

    /**
     * The word runs from {@code before} to {@code after}: EQUAL and DELETE runs joined give {@code before}, EQUAL and
     * INSERT runs give {@code after}; no run is empty and no two neighbours have the same op.
     */
    static List<WordChange> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        // Most edits touch a few words of a long text: the shared start and end need no diff at all.
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
                && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldMiddle = old.subList(prefix, old.size() - suffix);
        List<String> newMiddle = now.subList(prefix, now.size() - suffix);

        List<WordChange> runs = new ArrayList<>();
        append(runs, WordChange.Op.EQUAL, old.subList(0, prefix));
        List<AbstractDelta<String>> deltas = myers(oldMiddle, newMiddle);
        if (deltas == null) {
            append(runs, WordChange.Op.DELETE, oldMiddle);
            append(runs, WordChange.Op.INSERT, newMiddle);
        } else {
            for (AbstractDelta<String> delta : deltas) {
                switch (delta.getType()) {
                    case EQUAL -> append(runs, WordChange.Op.EQUAL, delta.getSource().getLines());
                    case DELETE -> append(runs, WordChange.Op.DELETE, delta.getSource().getLines());
                    case INSERT -> append(runs, WordChange.Op.INSERT, delta.getTarget().getLines());
                    case CHANGE -> {
                        append(runs, WordChange.Op.DELETE, delta.getSource().getLines());
                        append(runs, WordChange.Op.INSERT, delta.getTarget().getLines());
                    }
                }
            }
        }
        append(runs, WordChange.Op.EQUAL, old.subList(old.size() - suffix, old.size()));
        return List.copyOf(runs);
    }

    /** Myers' diff of two token lists with the equal stretches included, or null when it needs too many edits. */
    private static List<AbstractDelta<String>> myers(List<String> old, List<String> now) {
        if (old.isEmpty() || now.isEmpty()) {
            return null; // all delete or all insert: the fallback says it exactly, at no cost
        }
        try {
            return DiffUtils.diff(old, now, new MyersDiff<String>(), EditBudget.INSTANCE, true).getDeltas();
        } catch (TooManyEdits e) {
            return null;
        }
    }

    /**
     * Word tokens by Unicode's word boundaries (UAX #29, ICU's rules): a word in any script (Cyrillic, Albanian ë and
     * ç, Turkish ğ, combining marks included) is one token, and so is each run of spaces and each punctuation mark.
     * Together the tokens are the text, exactly.
     */
    private static List<String> tokens(String text) {
        // A BreakIterator holds its text: one per call (ICU clones cached rules, so this is cheap).
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.ROOT);
        boundaries.setText(text);
        List<String> tokens = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            tokens.add(text.substring(start, end));
        }
        return tokens;
    }

    /** Stops Myers' diff once it has looked past {@link #MAX_WORD_EDITS} edits (its step number is the edit count). */
    private enum EditBudget implements DiffAlgorithmListener {
        INSTANCE;

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int edits, int max) {
            if (edits > MAX_WORD_EDITS) {
                throw new TooManyEdits();
            }
        }

        @Override
        public void diffEnd() {
        }
    }

    /** Thrown out of Myers' diff by {@link EditBudget}; caught in {@link #myers}, never seen outside. */
    private static final class TooManyEdits extends RuntimeException {
        TooManyEdits() {
            super("word diff over budget", null, false, false); // control flow: no stack trace to fill
        }
    }

    /** Appends a run of {@code tokens}, merged into the last run when that has the same op; no tokens, no run. */
    private static void append(List<WordChange> runs, WordChange.Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            text = runs.remove(runs.size() - 1).text() + text;
        }
        runs.add(new WordChange(op, text));
    }
}
