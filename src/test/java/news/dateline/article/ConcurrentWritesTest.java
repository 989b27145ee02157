package news.dateline.article;

import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * Many editors writing at the same moment: of those changing one version one wins and the others are told; of
 * those claiming one slug one gets it; retagging articles that share tags and people in parallel leaves links and
 * counts true. Never a 5xx, but where a test holds a lock past the statement timeout on purpose.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int PATCHERS = 64;
    private static final int CREATORS = 32;
    private static final int RETAGGERS = 16;
    private static final int RETAGGED_ARTICLES = 4;
    private static final int ATTEMPTS = 8;
    private static final int SHARED_TAGS = 6;
    private static final int SHARED_PEOPLE = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void ofSixtyFourWritersOfOneVersionExactlyOneWinsAndItsChangeStays() throws Exception {
        var created = createArticle(Map.of("title", "Contested " + unique()));
        String path = "/api/v1/articles/" + created.path("id");
        String etag = created.header("ETag");
        List<Response> answers = together(PATCHERS,
                i -> mergePatch(etag).body(Map.of("subtitle", "Writer " + i)).patch(path));
        assertEquals(1, count(answers, 200), statuses(answers));
        assertEquals(PATCHERS - 1, count(answers, 412), statuses(answers));
        answers.stream().filter(a -> a.statusCode() == 412)
                .forEach(a -> assertEquals(Api.PROBLEM, a.contentType()));
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                .path("subtitle");
        Response stored = editor().get(path);
        assertEquals(winner, stored.path("subtitle"));
        assertEquals(1, (int) stored.path("version"));
        // History agrees: the creation and the one winning edit, nothing of the losers.
        Response history = editor().get(path + "/revisions");
        assertEquals(List.of(1, 0), history.path("items.number"));
        assertEquals(winner, editor().get(path + "/revisions/1").path("snapshot.subtitle"));
    }

    @Test
    void ofThirtyTwoCreatorsOfOneSlugExactlyOneGetsIt() throws Exception {
        String slug = "claimed-" + unique();
        List<Response> answers = together(CREATORS,
                i -> editor().body(Map.of("title", "Claim " + i, "slug", slug)).post("/api/v1/articles"));
        assertEquals(1, count(answers, 201), statuses(answers));
        assertEquals(CREATORS - 1, count(answers, 409), statuses(answers));
        answers.stream().filter(a -> a.statusCode() == 409)
                .forEach(a -> assertEquals(Api.PROBLEM, a.contentType()));
        assertEquals(1, queryLong("select count(*) from article where slug = ?", slug));
    }

    @Test
    void parallelRetaggingOfArticlesSharingTagsAndPeopleKeepsLinksAndCountsTrue() throws Exception {
        String suffix = unique();
        // All articles draw from the same tags and people, each writer in its own random order: the counters those
        // links keep are shared, and writers of different articles must queue for them, not deadlock (a 503).
        List<String> tags = new ArrayList<>();
        for (int t = 0; t < SHARED_TAGS; t++) {
            tags.add(createTag("Retag " + t + " " + suffix).path("slug"));
        }
        List<String> people = new ArrayList<>();
        for (int p = 0; p < SHARED_PEOPLE; p++) {
            people.add(createPerson("Relinked " + p + " " + suffix).path("slug"));
        }
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < RETAGGED_ARTICLES; i++) {
            var article = createArticle(Map.of("title", "Retagged " + i + " " + suffix));
            String path = "/api/v1/articles/" + article.path("id");
            mergePatch(article.header("ETag")).body(Map.of("status", "published")).patch(path).then().statusCode(200);
            articles.add(path);
        }
        Map<String, Integer> winningVersion = new ConcurrentHashMap<>();
        Map<String, List<String>> winningTags = new ConcurrentHashMap<>();
        List<Response> answers = together(RETAGGERS, i -> {
            String path = articles.get(i % RETAGGED_ARTICLES);
            Random random = new Random(i);
            Response last = null;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<String> chosen = someOf(tags, random);
                List<Map<String, String>> linked = someOf(people, random).stream()
                        .map(person -> Map.of("person", person, "role", "subject")).toList();
                last = mergePatch(Api.etagOf(path)).body(Map.of("tags", chosen, "people", linked)).patch(path);
                if (last.statusCode() == 200) {
                    record(winningVersion, winningTags, path, last.path("version"), chosen);
                }
                if (last.statusCode() != 412) {
                    break;
                }
            }
            return last;
        });
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 200 || a.statusCode() == 412),
                statuses(answers));
        for (String path : articles) {
            Response article = editor().get(path);
            List<String> shown = article.path("tags.slug");
            assertEquals(winningTags.get(path), shown, path);
            assertEquals(shown, linkedTags(UUID.fromString(article.path("id"))), path);
        }
        for (String tag : tags) {
            long linked = queryLong("select count(*) from article_tag l join tag t on t.id = l.tag_id where t.slug = ?",
                    tag);
            assertEquals(linked, ((Number) editor().get("/api/v1/tags/" + tag).path("articleCount")).longValue(), tag);
        }
        for (String person : people) {
            long linked = queryLong("select count(distinct l.article_id) from article_person l"
                    + " join person p on p.id = l.person_id where p.slug = ?", person);
            assertEquals(linked, ((Number) editor().get("/api/v1/people/" + person).path("articleCount")).longValue(),
                    person);
        }
    }

    /** One or more of these, in a random order. */
    private static List<String> someOf(List<String> all, Random random) {
        List<String> chosen = new ArrayList<>(all);
        Collections.shuffle(chosen, random);
        return List.copyOf(chosen.subList(0, 1 + random.nextInt(chosen.size())));
    }

    private static synchronized void record(Map<String, Integer> versions, Map<String, List<String>> tags, String path,
            int version, List<String> chosen) {
        if (version > versions.getOrDefault(path, -1)) {
            versions.put(path, version);
            tags.put(path, chosen);
        }
    }

    /** Runs one request per thread, all released at once; bounded, so a deadlock fails the test instead of hanging. */
    private static List<Response> together(int threads, IntFunction<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return request.apply(n);
                }, pool));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            List<Response> answers = calls.stream().map(CompletableFuture::join).toList();
            assertTrue(answers.stream().noneMatch(a -> a.statusCode() >= 500), statuses(answers));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An edit of an article's text changes no tag or person counter, so it takes no counter lock: while another
     * session holds its tag's counter it is answered at once. Adding a tag changes a counter and waits for it (here
     * until the test profile's 2 s statement timeout makes it a 503, which changes nothing).
     */
    @Test
    void anEditOfTheTextWaitsForNoCounterWhileAddingATagDoes() throws Exception {
        String u = unique();
        String held = createTag("Held " + u).path("slug");
        String other = createTag("Other " + u).path("slug");
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Held counter " + u, "status", "published",
                "tags", List.of(held))).path("id");
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select 1 from tag_stats s join tag t on t.id = s.tag_id where t.slug = ? for update of s")) {
                lock.setString(1, held);
                lock.executeQuery().close();
                mergePatch(Api.etagOf(path)).body(Map.of("subtitle", "Edited while its tag's counter is held"))
                        .patch(path).then().statusCode(200);
                mergePatch(Api.etagOf(path)).body(Map.of("tags", List.of(held, other))).patch(path)
                        .then().statusCode(503);
            } finally {
                holder.rollback();
            }
        }
        mergePatch(Api.etagOf(path)).body(Map.of("tags", List.of(held, other))).patch(path).then().statusCode(200);
        assertEquals(1, queryLong("select s.published_articles from tag_stats s join tag t on t.id = s.tag_id"
                + " where t.slug = ?", other));
    }

    private List<String> linkedTags(UUID article) throws SQLException {
        List<String> slugs = new ArrayList<>();
        String sql = "select t.slug from article_tag l join tag t on t.id = l.tag_id where l.article_id = ?"
                + " order by l.position";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, article);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    slugs.add(rows.getString(1));
                }
            }
        }
        return slugs;
    }

    private long queryLong(String sql, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(List<Response> answers, int status) {
        return answers.stream().filter(a -> a.statusCode() == status).count();
    }

    private static String statuses(List<Response> answers) {
        return answers.stream().map(a -> String.valueOf(a.statusCode())).sorted().toList().toString();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
