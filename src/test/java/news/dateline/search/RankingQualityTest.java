package news.dateline.search;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.demo.DemoContentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ranking quality is checked, not assumed: a judged set of queries over a small newsroom archive that the test writes
 * (stories about a subject, stories that mention it once deep in a long body, title against body, a phrase against
 * its words apart, inflections) and over the demo content's seed article, each query with the articles a reader
 * expects at the top. Every judgement must hold on both rankings, {@code /api/v1/search} (heads first, then bodies)
 * and {@code /api/v1/articles?q=} (relevance over the candidates).
 *
 * <p>The generated subjects are made-up words of this run ({@link SearchResourceTest#word()}), so nothing else
 * matches them. The seed article's words (Lavrov, Sinirlioğlu) are real, and other tests' articles may hold them too:
 * each answer is therefore judged on its condensed list, the judged articles in the order they came with every
 * unjudged one left out (Sakai's condensed-list evaluation), so an article another test wrote can neither help nor
 * hurt a judgement.
 */
@QuarkusTest
class RankingQualityTest {

    /**
     * Each judgement must score this on both endpoints. The judgements are what any reader expects, few and small:
     * below 1 means an article sits above one the reader ranks higher, or a non-relevant one made the top k.
     */
    private static final double MIN_NDCG_AT_K = 1.0;
    private static final double MIN_PRECISION_AT_K = 1.0;

    /** A filler paragraph of newsroom prose that names none of the words sought. */
    private static final String FILLER = """
            Delegations arrived through the morning and the opening session ran late. Officials said the agenda \
            had been agreed in advance, though several items were left for the closing day. Reporters waited in \
            the press room while interpreters prepared the texts. The host government thanked its staff and the \
            city for their patience with the road closures. Observers noted that the final statement would need \
            the consent of every delegation, which has rarely come easily in recent years.""";

    /**
     * A query, the articles a reader expects at the top in groups (each group above the next, any order within
     * one), articles that may match but must rank below all of those, and articles that must not match at all.
     * Articles are named by the test's names for them.
     */
    record Judgement(String query, List<List<String>> ranked, List<String> below, List<String> unmatched) {

        List<String> expected() {
            return ranked.stream().flatMap(List::stream).toList();
        }

        int grade(String name) {
            for (int i = 0; i < ranked.size(); i++) {
                if (ranked.get(i).contains(name)) {
                    return ranked.size() - i;
                }
            }
            return 0;
        }
    }

    /** The answer of one endpoint to one judgement, and its scores. */
    record Outcome(String endpoint, Judgement judgement, List<String> condensed, double ndcg, double precision,
            List<String> problems) {

        boolean passes() {
            return problems.isEmpty() && ndcg >= MIN_NDCG_AT_K && precision >= MIN_PRECISION_AT_K;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-9s %-40s nDCG@%d %.3f  P@%d %.2f%n    expected %s, below %s, unmatched"
                            + " %s%n    actual   %s%s", endpoint, judgement.query(), judgement.expected().size(), ndcg,
                    judgement.expected().size(), precision, judgement.ranked(), judgement.below(),
                    judgement.unmatched(), condensed, problems.isEmpty() ? "" : "\n    " + problems);
        }
    }

    private static final String SEED = "seed";

    @Inject
    DemoContentService demo;

    /** The test's name of each article it judges, by slug. */
    private final Map<String, String> names = new HashMap<>();
    private final List<Judgement> judgements = new ArrayList<>();

    @BeforeEach
    void archive() {
        demo.load();
        names.put("lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine", SEED);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        // A subject: stories about it, stories in which it stands in one place only, stories that mention it once.
        String t = SearchResourceTest.word();
        article("about", "Talks on " + t + " resume in Valletta", "Envoys return to the table over " + t + ".",
                "The " + t + " talks opened on Thursday. " + FILLER + " Both sides said " + t + " would stay on the"
                        + " agenda, and a second round on " + t + " is planned for the spring.", null);
        article("aboutOld", "Talks on " + t + " resume in Valletta", "Envoys return to the table over " + t + ".",
                "The " + t + " talks opened on Thursday. " + FILLER + " Both sides said " + t + " would stay on the"
                        + " agenda, and a second round on " + t + " is planned for the spring.",
                now.minus(Duration.ofDays(2 * 365)));
        article("titleOnly", "Why " + t + " matters", "A look at the week's diplomacy.", FILLER, null);
        article("summaryOnly", "The week in diplomacy", "Ministers weigh " + t + " and the budget.", FILLER, null);
        article("bodyOnly", "Ministers meet in Malta", "A look at the week's diplomacy.",
                (FILLER + " The " + t + " question came up again. ").repeat(6), null);
        for (int i = 1; i <= 3; i++) {
            article("mention" + i, "Harbour news " + i, "Notes from the port.",
                    (FILLER + " ").repeat(5) + "One speaker also named " + t + " in passing. " + FILLER, null);
        }
        judgements.add(new Judgement(t,
                List.of(List.of("about"), List.of("aboutOld"), List.of("titleOnly"), List.of("summaryOnly"),
                        List.of("bodyOnly")),
                List.of("mention1", "mention2", "mention3"), List.of()));
        judgements.add(new Judgement("title:" + t, List.of(List.of("about", "aboutOld", "titleOnly")),
                List.of(), List.of("summaryOnly", "bodyOnly", "mention1")));

        // A phrase, and its words apart.
        String p1 = SearchResourceTest.word();
        String p2 = SearchResourceTest.word();
        article("together", "Harbour report", "Notes from the port.",
                FILLER + " The " + p1 + " " + p2 + " was signed at noon. " + FILLER, null);
        article("apart", "Harbour diary", "Notes from the quay.",
                "The " + p1 + " came first. " + FILLER + " Then the " + p2 + ".", null);
        judgements.add(new Judgement("\"" + p1 + " " + p2 + "\"", List.of(List.of("together")), List.of(),
                List.of("apart")));
        judgements.add(new Judgement(p1 + " " + p2, List.of(List.of("together"), List.of("apart")), List.of(),
                List.of()));

        // Two subjects: a story headlined with one that names the other early, against a long story that names
        // both together once in passing.
        String a1 = SearchResourceTest.word();
        String a2 = SearchResourceTest.word();
        article("pairAbout", a1 + " visits Valletta", "The minister's first trip of the year.",
                "The visit began at the airport, where " + a2 + " officials greeted the delegation. " + FILLER, null);
        article("pairInPassing", "Harbour news " + unique(), "Notes from the port.",
                (FILLER + " ").repeat(3) + "Delegates from " + a1 + " and " + a2 + " attended. " + FILLER, null);
        judgements.add(new Judgement(a1 + " " + a2, List.of(List.of("pairAbout"), List.of("pairInPassing")),
                List.of(), List.of()));

        // Inflections: English articles are stemmed, so "negotiations" finds "negotiate".
        String s = SearchResourceTest.word();
        article("negotiate", s + ": ministers negotiate a ceasefire", "Talks went on into the night.", FILLER, null);
        article("notNegotiate", s + ": ministers sign a ceasefire", "The text was agreed at dawn.", FILLER, null);
        judgements.add(new Judgement(s + " negotiations", List.of(List.of("negotiate")), List.of(),
                List.of("notNegotiate")));
        judgements.add(new Judgement("negotiated " + s, List.of(List.of("negotiate")), List.of(),
                List.of("notNegotiate")));

        // The seed article with its real words, against stories of our own that name them in the title or in passing.
        article("sinirliogluTitle", "Sinirlioğlu to become Secretary-General of the OSCE",
                "Turkey's Feridun Sinirlioğlu takes the post.", FILLER, null);
        article("lavrovInPassing", "Harbour news " + unique(), "Notes from the port.",
                (FILLER + " ").repeat(4) + "A delegate recalled Lavrov. " + FILLER + " Another recalled Blinken.",
                null);
        judgements.add(new Judgement("Lavrov Blinken", List.of(List.of(SEED), List.of("lavrovInPassing")), List.of(),
                List.of()));
        judgements.add(new Judgement("Sinirlioglu", List.of(List.of("sinirliogluTitle"), List.of(SEED)), List.of(),
                List.of("lavrovInPassing")));
        judgements.add(new Judgement("Sinirlioğlu", List.of(List.of("sinirliogluTitle"), List.of(SEED)), List.of(),
                List.of("lavrovInPassing")));
    }

    @Test
    void readersFindWhatTheyExpectAtTheTop() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Judgement judgement : judgements) {
            List<String> search = given().accept(ContentType.JSON)
                    .queryParam("q", judgement.query()).queryParam("limit", SearchRequest.MAX_LIMIT)
                    .get("/api/v1/search").then().statusCode(200).extract().path("articles.slug");
            List<String> articles = given().accept(ContentType.JSON)
                    .queryParam("q", judgement.query()).queryParam("limit", 100)
                    .get("/api/v1/articles").then().statusCode(200).extract().path("items.slug");
            outcomes.add(judge("search", judgement, search));
            outcomes.add(judge("articles", judgement, articles));
        }
        double mean = outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0);
        System.out.printf(Locale.ROOT, "Ranking quality: mean nDCG@k %.3f over %d answers%n%s%n", mean,
                outcomes.size(), outcomes.stream().map(Outcome::toString).collect(Collectors.joining("\n")));
        String failed = outcomes.stream().filter(o -> !o.passes()).map(Outcome::toString)
                .collect(Collectors.joining("\n"));
        assertTrue(failed.isEmpty(), () -> "Judgements not met:\n" + failed);
    }

    /** Scores one answer (slugs, best first) against a judgement. */
    private Outcome judge(String endpoint, Judgement judgement, List<String> slugs) {
        Set<String> judged = Stream.of(judgement.expected(), judgement.below(), judgement.unmatched())
                .flatMap(List::stream).collect(Collectors.toSet());
        List<String> condensed = slugs.stream().map(names::get).filter(judged::contains).toList();
        List<String> problems = new ArrayList<>();
        judgement.expected().stream().filter(name -> !condensed.contains(name))
                .forEach(name -> problems.add("missing: " + name));
        judgement.unmatched().stream().filter(condensed::contains)
                .forEach(name -> problems.add("should not match: " + name));
        int k = judgement.expected().size();
        List<String> top = condensed.subList(0, Math.min(k, condensed.size()));
        double precision = top.stream().filter(judgement.expected()::contains).count() / (double) k;
        List<Integer> ideal = judgement.expected().stream().map(judgement::grade).toList();
        double ndcg = dcg(top.stream().map(judgement::grade).toList()) / dcg(ideal);
        return new Outcome(endpoint, judgement, condensed, ndcg, precision, problems);
    }

    /** Discounted cumulative gain with exponential gain, {@code (2^grade - 1) / log2(position + 1)}. */
    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < grades.size(); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /** A published English article, as of {@code publishAt} (null: now); an explicit excerpt keeps it from the body. */
    private void article(String name, String title, String excerpt, String body, Instant publishAt) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", "judged-" + name.toLowerCase(Locale.ROOT) + "-" + unique());
        fields.put("title", title);
        fields.put("excerpt", excerpt);
        fields.put("body", body);
        fields.put("language", "en");
        fields.put("status", "published");
        if (publishAt != null) {
            fields.put("publishAt", publishAt.toString());
        }
        names.put(createArticle(fields).path("slug"), name);
    }
}
