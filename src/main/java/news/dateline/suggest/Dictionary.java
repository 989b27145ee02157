package news.dateline.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every tag and person by every form of its name, folded, in a trie of words: matching walks the words of a text
 * once, taking at each word the longest form that starts there, so a text of n words costs about n lookups whatever
 * the size of the dictionary. Immutable once built; {@link Dictionaries} swaps a new one in when tags or people change.
 */
final class Dictionary {

    /** A form of an entity's name that the trie holds. */
    record Form(int entity, String text, String language, Origin origin, boolean capitalsOnly) {
    }

    /** Words {@code from} (inclusive) to {@code to} (exclusive) of a text are a form of each of {@code forms}. */
    record Match(int from, int to, List<Form> forms) {
    }

    /** A form held only in capitals and this short ("EU", "BE", "U.S.") matches only text in capitals: "be" is a word. */
    static final int CAPITALS_ONLY_LETTERS = 3;

    private static final class Node {
        Map<String, Node> next;
        List<Form> forms;

        Node child(String word) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(word, w -> new Node());
        }
    }

    private final List<Named> entities;
    private final Node root = new Node();
    private final int forms;

    private Dictionary(List<Named> entities) {
        this.entities = entities;
        Map<String, List<Form>> byKey = new HashMap<>(entities.size() * 4);
        Map<String, List<Token>> words = new HashMap<>(entities.size() * 4);
        for (int i = 0; i < entities.size(); i++) {
            collect(i, entities.get(i), byKey, words);
        }
        int count = 0;
        for (Map.Entry<String, List<Form>> entry : byKey.entrySet()) {
            List<Form> kept = unambiguousSurnames(entry.getValue());
            if (kept.isEmpty()) {
                continue;
            }
            Node node = root;
            for (Token word : words.get(entry.getKey())) {
                node = node.child(word.folded());
            }
            node.forms = List.copyOf(kept);
            count += kept.size();
        }
        this.forms = count;
    }

    static Dictionary of(List<Named> entities) {
        return new Dictionary(List.copyOf(entities));
    }

    Named entity(int index) {
        return entities.get(index);
    }

    int size() {
        return entities.size();
    }

    int forms() {
        return forms;
    }

    /** Each entity's forms, one per key (the best origin wins when a name and an alias fold alike). */
    private static void collect(int index, Named named, Map<String, List<Form>> byKey, Map<String, List<Token>> words) {
        Map<String, Form> own = new LinkedHashMap<>();
        add(own, words, index, named.name(), null, Origin.NAME);
        named.aliases().forEach(alias -> add(own, words, index, alias, null, null));
        named.localizations().forEach((language, localized) -> {
            add(own, words, index, localized.name(), language, Origin.NAME);
            if (localized.aliases() != null) {
                localized.aliases().forEach(alias -> add(own, words, index, alias, language, null));
            }
        });
        if (named.type() == EntityType.PERSON) {
            surname(own, words, index, named.name(), null);
            named.localizations().forEach((language, localized) -> surname(own, words, index, localized.name(),
                    language));
        }
        own.forEach((key, form) -> byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(form));
    }

    private static void add(Map<String, Form> own, Map<String, List<Token>> words, int index, String text,
            String language, Origin origin) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<Token> tokens = Tokens.of(text);
        if (tokens.isEmpty()) {
            return;
        }
        Origin actual = origin != null ? origin : tokens.size() > 1 ? Origin.ALIAS : Origin.SHORT_ALIAS;
        String key = Tokens.key(tokens);
        Form form = new Form(index, text.strip(), language, actual, capitalsOnly(text, tokens));
        Form before = own.get(key);
        if (before == null || actual.weight > before.origin().weight
                || (actual == before.origin() && before.language() != null && language == null)) {
            own.put(key, form);
            words.putIfAbsent(key, tokens);
        }
    }

    private static boolean capitalsOnly(String text, List<Token> tokens) {
        return tokens.size() == 1 && tokens.get(0).capitals()
                && text.chars().filter(Character::isLetter).count() <= CAPITALS_ONLY_LETTERS;
    }

    /** A person's last word, when the name has two or more and it is long enough to mean something. */
    private static void surname(Map<String, Form> own, Map<String, List<Token>> words, int index, String name,
            String language) {
        if (name == null) {
            return;
        }
        List<Token> tokens = Tokens.of(name);
        if (tokens.size() < 2) {
            return;
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.folded().length() < 3) {
            return;
        }
        String key = last.folded();
        if (!own.containsKey(key)) {
            own.put(key, new Form(index, name.substring(last.start(), last.end()), language, Origin.SURNAME, false));
            words.putIfAbsent(key, List.of(last));
        }
    }

    /**
     * The forms a key keeps: an implicit surname only when nobody else is known by the same key; explicit names and
     * aliases always, shared or not (a shared one is reported as ambiguous).
     */
    private static List<Form> unambiguousSurnames(List<Form> forms) {
        if (forms.size() == 1) {
            return forms;
        }
        List<Form> explicit = forms.stream().filter(f -> f.origin() != Origin.SURNAME).toList();
        return explicit;
    }

    /** The forms in a text, leftmost first and longest at each start, not overlapping. */
    List<Match> find(String text, List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root.next == null ? null : root.next.get(tokens.get(i).folded());
            int bestTo = -1;
            List<Form> best = null;
            int j = i;
            while (node != null) {
                List<Form> usable = usable(node.forms, tokens, i, j + 1);
                if (usable != null) {
                    bestTo = j + 1;
                    best = usable;
                }
                j++;
                if (node.next == null || j >= tokens.size() || !joined(text, tokens.get(j - 1), tokens.get(j))) {
                    break;
                }
                node = node.next.get(tokens.get(j).folded());
            }
            if (best != null) {
                matches.add(new Match(i, bestTo, best));
                i = bestTo;
            } else {
                i++;
            }
        }
        return matches;
    }

    private static List<Form> usable(List<Form> forms, List<Token> tokens, int from, int to) {
        if (forms == null) {
            return null;
        }
        boolean capitals = true;
        for (int k = from; k < to; k++) {
            capitals &= tokens.get(k).capitals();
        }
        if (capitals) {
            return forms;
        }
        List<Form> any = forms.stream().filter(f -> !f.capitalsOnly()).toList();
        return any.isEmpty() ? null : any;
    }

    /**
     * Whether two words are one name's: apart by spaces (one line break at most), hyphens or emphasis marks, or by
     * the period of an initial ("Donald J. Trump"). A sentence's end, a comma or a paragraph break parts them.
     */
    static boolean joined(String text, Token left, Token right) {
        int breaks = 0;
        for (int k = left.end(); k < right.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++breaks > 1) {
                    return false;
                }
            } else if (c == '.') {
                if (k != left.end() || left.end() - left.start() != 1) {
                    return false;
                }
            } else if (!(Character.isWhitespace(c) || c == '\u00A0' || c == '-' || c == '‐' || c == '‑'
                    || c == '*' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
