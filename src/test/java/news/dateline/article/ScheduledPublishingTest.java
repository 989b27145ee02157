package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.BackgroundJobs;
import news.dateline.time.SteppedClock;
import org.junit.jupiter.api.Test;

/**
 * The scheduled jobs at work: a scheduled article publishes itself when its time comes, as if an editor had published
 * it then, and once only however many instances look for due articles at the same time; articles a tag change
 * queued are rendered again without anyone asking.
 */
@QuarkusTest
@TestProfile(BackgroundJobs.class)
class ScheduledPublishingTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    ScheduledPublishingService publishing;

    @Inject
    SteppedClock clock;

    @Inject
    ArticleDocuments documents;

    @Test
    void aScheduledArticleAppearsForReadersWhenItsTimeComes() {
        Instant publishAt = clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
        var created = createArticle(Map.of("title", "Embargoed " + unique(), "status", "scheduled",
                "publishAt", publishAt.toString()));
        String path = ARTICLES + "/" + created.path("slug");
        given().get(path).then().statusCode(404);

        // The minute passes at once; the scheduler, ticking every second, is what must notice.
        clock.step(Duration.ofMinutes(1));
        await("the scheduler publishes it").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(path).statusCode() != 404);
        var published = given().get(path).then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", equalTo(publishAt.toString())).extract();
        assertTrue(clock.instant().isBefore(publishAt.plusSeconds(10)), "published within seconds of publishAt");
        assertEquals(created.<Integer>path("version") + 1, published.<Integer>path("version"),
                "one write, as an editor's publishing would be");
        editor().get(path + "/revisions").then().statusCode(200)
                .body("items[0].number", equalTo(published.<Integer>path("version")))
                .body("items[0].reason", equalTo("published"))
                .body("items[0].madeBy.keyName", equalTo("scheduler"))
                .body("items[0].publicEtag", equalTo(given().get(path).header("ETag")));
    }

    @Test
    void theRefreshJobRendersWhatATagChangeQueued() {
        var tag = createTag("Queued tag " + unique());
        String id = createArticle(Map.of("title", "Queued " + unique(), "status", "published",
                "tags", List.of(tag.<String>path("id")))).path("id");
        mergePatch(tag.header("ETag")).body(Map.of("name", "Renamed queued tag " + unique()))
                .patch("/api/v1/tags/" + tag.path("id")).then().statusCode(200);
        assertFalse(documents.findAll(List.of(UUID.fromString(id))).containsKey(UUID.fromString(id)),
                "the rename queued the article");
        await("rendered again by the job").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> documents.findAll(List.of(UUID.fromString(id))).containsKey(UUID.fromString(id)));
    }

    @Test
    void concurrentPublishersPublishEachDueArticleOnce() throws Exception {
        List<String> slugs = new ArrayList<>();
        Instant past = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 12; i++) {
            slugs.add(createArticle(Map.of("title", "Due " + unique(), "status", "scheduled",
                    "publishAt", past.toString())).path("slug"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> publishing.publishDue(5)));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        // Whatever the four left (the scheduler may hold some, uncommitted, and this skips those), until all are out.
        await("every due article published").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> publishing.publishDue(100) == 0 && slugs.stream()
                        .allMatch(slug -> "published".equals(editor().get(ARTICLES + "/" + slug).path("status"))));
        for (String slug : slugs) {
            editor().get(ARTICLES + "/" + slug).then().statusCode(200).body("status", equalTo("published"))
                    .body("version", equalTo(1)).body("publishedAt", equalTo(past.toString()));
        }
    }
}
