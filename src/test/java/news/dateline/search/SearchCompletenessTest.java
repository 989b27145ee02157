package news.dateline.search;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/**
 * {@code complete} on {@code GET /api/v1/search}: true when the heads fill the page or the bodies were read, false
 * when the bodies were needed and every body reader was busy (the article list by relevance then lists the heads) (the tests' {@code dateline.search.body-readers} is 2,
 * and this test keeps both busy).
 */
@QuarkusTest
class SearchCompletenessTest {

    private static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(Api.openapiYaml()).build());

    @Inject
    BodyReaders readers;

    @Test
    void aWordOnlyInABodyIsFoundWhenABodyReaderIsFree() {
        String w = SearchResourceTest.word();
        String slug = article("Other news", "Plain text with " + w + " in it.");

        search(w, 10).body("articles.slug", contains(slug)).body("complete", is(true));
    }

    @Test
    void withEveryBodyReaderBusyTheHeadsAnswerAndSaySo() throws InterruptedException {
        String w = SearchResourceTest.word();
        String inBody = article("Other news", "Plain text with " + w + " in it.");
        String inTitle = article("A report on " + w, "Plain text.");

        try (Busy busy = new Busy(readers, 2)) {
            search(w, 10).body("articles.slug", contains(inTitle)).body("complete", is(false));
            // The article list by relevance asks the same readers.
            given().accept(ContentType.JSON).queryParam("q", w).get("/api/v1/articles").then().statusCode(200)
                    .body("items.slug", contains(inTitle));
            String other = SearchResourceTest.word();
            article("Other news", "Only " + other + " here.");
            search(other, 10).body("articles", empty()).body("complete", is(false));
        }
        search(w, 10).body("articles.slug", contains(inTitle, inBody)).body("complete", is(true));
        given().accept(ContentType.JSON).queryParam("q", w).get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", contains(inTitle, inBody));
    }

    @Test
    void headsThatFillThePageAreCompleteEvenWhenEveryBodyReaderIsBusy() throws InterruptedException {
        String w = SearchResourceTest.word();
        article("One on " + w, "Plain text.");
        article("Two on " + w, "Plain text.");
        article("Other news", "Plain text with " + w + " in it.");

        try (Busy busy = new Busy(readers, 2)) {
            search(w, 2).body("articles", hasSize(2)).body("complete", is(true));
        }
    }

    private static ValidatableResponse search(String q, int limit) {
        return given().filter(CONTRACT).accept(ContentType.JSON).queryParam("q", q).queryParam("limit", limit)
                .get("/api/v1/search").then().statusCode(200);
    }

    private static String article(String title, String body) {
        // An excerpt of its own: one derived from the body would put the body's words in the head.
        return createArticle(Map.of("title", title, "slug", "complete-" + unique(), "excerpt", "Nothing to see.",
                "body", body, "status", "published")).path("slug");
    }

    /** Threads that each hold a body reader until closed. */
    private static final class Busy implements AutoCloseable {

        private final CountDownLatch release = new CountDownLatch(1);
        private final List<Thread> threads = new ArrayList<>();

        Busy(BodyReaders readers, int count) throws InterruptedException {
            CountDownLatch holding = new CountDownLatch(count);
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> readers.read("busy " + UUID.randomUUID(), () -> {
                    holding.countDown();
                    awaitRelease();
                    return Optional.empty();
                }));
                thread.start();
                threads.add(thread);
            }
            if (!holding.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the body readers were not all free");
            }
        }

        private void awaitRelease() {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws InterruptedException {
            release.countDown();
            for (Thread thread : threads) {
                thread.join(10_000);
            }
        }
    }
}
