package news.dateline.article;

import static news.dateline.Api.createArticle;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Two editors changing the same version at the same moment: one wins, the other is told, nothing is lost. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int WRITERS = 4;

    @Test
    void onlyOneOfSeveralSimultaneousWritersOfAVersionSucceeds() throws Exception {
        var created = createArticle(Map.of("title", "Contested " + unique()));
        String path = "/api/v1/articles/" + created.path("id");
        String etag = created.header("ETag");
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<CompletableFuture<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String subtitle = "Writer " + i;
                writes.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return mergePatch(etag).body(Map.of("subtitle", subtitle)).patch(path).statusCode();
                }, pool));
            }
            List<Integer> statuses = writes.stream().map(CompletableFuture::join).sorted().toList();
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
            assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        editor().get(path).then().body("version", equalTo(1));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
