package news.dateline.suggest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.language.LanguageTags;
import news.dateline.suggest.Dictionary.Form;
import news.dateline.suggest.Dictionary.Match;
import news.dateline.suggest.Suggestions.Ambiguity;
import news.dateline.suggest.Suggestions.Candidate;
import news.dateline.suggest.Suggestions.Field;
import news.dateline.suggest.Suggestions.Occurrence;
import news.dateline.suggest.Suggestions.SuggestedEntity;

/**
 * Finds in a title and a Markdown body the entities of a {@link Dictionary}, and the capitalised names it does not
 * hold. Pure: no I/O, so the rules are tested without a server.
 *
 * <p>Confidence, from 0 to 1: {@code 0.6·w + 0.2·t + 0.2·min(n, 3)/3}, where {@code w} is the weight of the best form
 * found ({@link Origin}: name 1, alias of several words 0.85, one-word alias 0.7, implicit surname 0.6; less 0.15 for
 * a form localised in another language than the text's), {@code t} is 1 when the title names it, and {@code n} is how
 * often the text names it.
 *
 * <p>Candidates: runs of capitalised words (joined as {@link Dictionary#joined} says; "of", "for", "de", "van"… may
 * link two of them), that no form matched, less leading words of {@link #STOP}. A run of one word counts only when it
 * is an acronym (two capitals or more, "NATO") or does not begin a sentence, line or the text; once counted, its
 * sentence-initial occurrences count too. A run of more than {@link #MAX_CANDIDATE_WORDS} words is no name.
 */
final class Suggester {

    /** At most this many occurrences are listed for one entity or name; {@code count} counts them all. */
    static final int MAX_OCCURRENCES = 100;
    /** At most this many candidates. */
    static final int MAX_CANDIDATES = 100;
    /** At most this many entities, and ambiguous forms: the most confident, the most frequent. */
    static final int MAX_ENTITIES = 500;
    static final int MAX_AMBIGUOUS = 100;
    /** At most this many of the entities one ambiguous form names, and forms listed for one entity. */
    static final int MAX_SHARED = 20;
    static final int MAX_FORMS = 50;
    /** A run of more capitalised words than this is a shouted headline, not a name. */
    static final int MAX_CANDIDATE_WORDS = 6;
    static final double LOCALIZED_ELSEWHERE = 0.15;

    /** Lower-case words that may join two capitalised ones in a name ("Organization for Security"). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "della", "da", "di", "van", "von", "der",
            "den", "bin", "al", "el", "la", "le", "du", "y");

    /**
     * Capitalised words that begin sentences or date them but name nobody: articles, pronouns, conjunctions,
     * prepositions and adverbs that start sentences, months, weekdays, honorifics.
     */
    static final Set<String> STOP = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
            "her", "its", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "with", "without",
            "after", "before", "during", "since", "until", "while", "when", "where", "what", "which", "who", "whom",
            "whose", "why", "how", "if", "but", "and", "or", "so", "yet", "as", "also", "although", "though",
            "despite", "however", "meanwhile", "there", "here", "then", "now", "today", "yesterday", "tomorrow",
            "some", "many", "most", "all", "both", "each", "every", "no", "not", "one", "such", "other", "another",
            "more", "according", "to", "of", "mr", "mrs", "ms", "dr", "sir", "western", "eastern", "northern",
            "southern", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private final Dictionary dictionary;
    private final String language;
    private final Map<Integer, Found> found = new LinkedHashMap<>();
    private final Map<String, Found> ambiguous = new LinkedHashMap<>();
    private final Map<String, Found> candidates = new LinkedHashMap<>();
    private final Map<String, List<Occurrence>> sentenceInitial = new HashMap<>();

    /** What was found of one entity, ambiguous form or candidate. */
    private static final class Found {
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<String> forms = new LinkedHashSet<>();
        List<Integer> entities = List.of();
        int count;
        double weight;
        boolean inTitle;

        void form(String text) {
            if (forms.size() < MAX_FORMS) {
                forms.add(text);
            }
        }

        void add(Occurrence occurrence) {
            count++;
            if (occurrences.size() < MAX_OCCURRENCES) {
                occurrences.add(occurrence);
            }
            inTitle |= occurrence.field() == Field.TITLE;
        }
    }

    private Suggester(Dictionary dictionary, String language) {
        this.dictionary = dictionary;
        this.language = language == null ? null : LanguageTags.primary(language);
    }

    static Suggestions suggest(Dictionary dictionary, String title, String body, String language) {
        Suggester suggester = new Suggester(dictionary, language);
        if (title != null) {
            suggester.read(Field.TITLE, title, Tokens.of(title));
        }
        if (body != null) {
            suggester.read(Field.BODY, body, Tokens.ofMarkdown(body));
        }
        return suggester.answer();
    }

    private void read(Field field, String text, List<Token> tokens) {
        boolean[] matched = new boolean[tokens.size()];
        for (Match match : dictionary.find(text, tokens)) {
            Occurrence occurrence = new Occurrence(field, tokens.get(match.from()).start(),
                    tokens.get(match.to() - 1).end(), null);
            occurrence = new Occurrence(field, occurrence.start(), occurrence.end(),
                    text.substring(occurrence.start(), occurrence.end()));
            for (int k = match.from(); k < match.to(); k++) {
                matched[k] = true;
            }
            if (match.forms().size() == 1) {
                Form form = match.forms().get(0);
                Found entity = found.computeIfAbsent(form.entity(), e -> new Found());
                entity.add(occurrence);
                entity.form(form.text());
                entity.weight = Math.max(entity.weight, weight(form));
            } else {
                List<Integer> entities = match.forms().stream().map(Form::entity).sorted().toList();
                String key = entities + " " + Tokens.key(tokens.subList(match.from(), match.to()));
                Found shared = ambiguous.computeIfAbsent(key, k -> new Found());
                shared.entities = entities;
                shared.form(match.forms().get(0).text());
                shared.add(occurrence);
            }
        }
        candidates(field, text, tokens, matched);
    }

    private double weight(Form form) {
        double weight = form.origin().weight;
        if (language != null && form.language() != null && !LanguageTags.primary(form.language()).equals(language)) {
            weight -= LOCALIZED_ELSEWHERE;
        }
        return weight;
    }

    private void candidates(Field field, String text, List<Token> tokens, boolean[] matched) {
        int i = 0;
        while (i < tokens.size()) {
            if (!nameLike(tokens, matched, i)) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < tokens.size()) {
                if (nameLike(tokens, matched, to) && Dictionary.joined(text, tokens.get(to - 1), tokens.get(to))) {
                    to++;
                } else if (to + 1 < tokens.size() && !matched[to] && !tokens.get(to).capital()
                        && CONNECTORS.contains(tokens.get(to).folded()) && nameLike(tokens, matched, to + 1)
                        && Dictionary.joined(text, tokens.get(to - 1), tokens.get(to))
                        && Dictionary.joined(text, tokens.get(to), tokens.get(to + 1))) {
                    to += 2;
                } else {
                    break;
                }
            }
            i = to;
            while (from < to && (STOP.contains(tokens.get(from).folded())
                    || CONNECTORS.contains(tokens.get(from).folded()))) {
                from++;
            }
            if (from == to || to - from > MAX_CANDIDATE_WORDS) {
                continue;
            }
            Token first = tokens.get(from);
            Token last = tokens.get(to - 1);
            String key = Tokens.key(tokens.subList(from, to));
            Occurrence occurrence = new Occurrence(field, first.start(), last.end(),
                    text.substring(first.start(), last.end()));
            if (to - from == 1 && !first.capitals() && startsSentence(text, first.start())) {
                sentenceInitial.computeIfAbsent(key, k -> new ArrayList<>()).add(occurrence);
            } else {
                Found candidate = candidates.computeIfAbsent(key, k -> new Found());
                candidate.add(occurrence);
            }
        }
    }

    private static boolean nameLike(List<Token> tokens, boolean[] matched, int index) {
        Token token = tokens.get(index);
        return !matched[index] && (token.capital() || token.capitals()) && Character.isLetter(token.folded().charAt(0));
    }

    /** Whether a word begins the text, a line (a heading, a list item) or a sentence. */
    static boolean startsSentence(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '…' || c == ':') {
                return true;
            }
            if (!(c == ' ' || c == '\t' || c == '\u00A0' || "\"“‘'([*_#>+-–—".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private Suggestions answer() {
        List<SuggestedEntity> entities = new ArrayList<>();
        found.forEach((index, entity) -> {
            Named named = dictionary.entity(index);
            entities.add(new SuggestedEntity(named.type(), named.kind(), named.id(), named.slug(), named.name(),
                    List.copyOf(entity.forms), entity.count, confidence(entity), entity.occurrences));
        });
        entities.sort(Comparator.comparingDouble(SuggestedEntity::confidence).reversed()
                .thenComparing(Comparator.comparingInt(SuggestedEntity::count).reversed())
                .thenComparing(e -> e.occurrences().get(0).field())
                .thenComparingInt(e -> e.occurrences().get(0).start()));
        List<Ambiguity> shared = ambiguous.values().stream()
                .sorted(Comparator.comparingInt((Found a) -> a.count).reversed())
                .limit(MAX_AMBIGUOUS)
                .map(a -> new Ambiguity(a.forms.iterator().next(),
                        a.entities.stream().limit(MAX_SHARED).map(dictionary::entity).map(Suggestions.Entity::of)
                                .toList(), a.count, a.occurrences))
                .toList();
        sentenceInitial.forEach((key, occurrences) -> {
            Found candidate = candidates.get(key);
            if (candidate != null) {
                occurrences.forEach(candidate::add);
            }
        });
        List<Candidate> names = candidates.values().stream()
                .peek(c -> c.occurrences.sort(Comparator.comparing(Occurrence::field)
                        .thenComparingInt(Occurrence::start)))
                .sorted(Comparator.comparingInt((Found c) -> c.count).reversed()
                        .thenComparing(c -> c.occurrences.get(0).field())
                        .thenComparingInt(c -> c.occurrences.get(0).start()))
                .limit(MAX_CANDIDATES)
                .map(c -> new Candidate(c.occurrences.get(0).text(), c.count, List.copyOf(c.occurrences)))
                .collect(Collectors.toList());
        return new Suggestions(Suggestions.UTF_16,
                entities.size() > MAX_ENTITIES ? List.copyOf(entities.subList(0, MAX_ENTITIES)) : entities, shared,
                names);
    }

    private static double confidence(Found entity) {
        double frequency = Math.min(entity.count, 3) / 3.0;
        double score = 0.6 * entity.weight + 0.2 * (entity.inTitle ? 1 : 0) + 0.2 * frequency;
        return Math.round(Math.min(1.0, score) * 100) / 100.0;
    }
}
