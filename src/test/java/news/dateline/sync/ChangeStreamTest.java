package news.dateline.sync;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The change stream: commit order, tombstones, drafts kept from readers, resumable tokens, and a client that syncs
 * while writers write ending with exactly what the server holds.
 */
@QuarkusTest
class ChangeStreamTest {

    private static final String CHANGES = "/api/v1/changes";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTokenResumesAfterWhatItHasSeen() {
        SyncClient client = SyncClient.reader();
        client.sync(500);
        String token = client.token();
        given().queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes", is(List.of())).body("next", is(token)).body("hasMore", is(false));

        var tag = createTag("Resumed " + unique());
        var article = createArticle(Map.of("title", "Resumed " + unique(), "status", "published"));
        assertEquals(1, client.sync(500));
        assertEquals(tag.path("name"), client.get("tag:" + tag.path("id")).get("name"));
        assertEquals(article.path("title"), client.get("article:" + article.path("id")).get("title"));
        // Nothing new since: the same token comes back, and nothing is listed again.
        given().queryParam("since", client.token()).get(CHANGES).then().statusCode(200)
                .body("changes", is(List.of())).body("next", is(client.token()));
    }

    @Test
    void anArticleThatLeavesThePublishedStateIsATombstoneForReadersAndAnUpdateForEditors() {
        String token = head();
        var article = createArticle(Map.of("title", "Unpublished later " + unique(), "status", "published"));
        String id = article.path("id");
        mergePatch(article.header("ETag")).body(Map.of("status", "draft")).patch("/api/v1/articles/" + id)
                .then().statusCode(200);

        given().queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes.id", is(List.of(id)))
                .body("changes[0].action", is("delete"))
                .body("changes[0].slug", is((String) article.path("slug")))
                .body("changes[0].data", is((Object) null));
        editor().queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes.id", is(List.of(id)))
                .body("changes[0].action", is("upsert"))
                .body("changes[0].data.status", is("draft"));
    }

    @Test
    void aDeletionIsATombstoneForEveryone() {
        var article = createArticle(Map.of("title", "Deleted " + unique(), "status", "published"));
        String token = head();
        String id = article.path("id");
        editor().header("If-Match", article.header("ETag")).delete("/api/v1/articles/" + id).then().statusCode(204);
        for (var caller : List.of(given(), editor())) {
            caller.queryParam("since", token).get(CHANGES).then().statusCode(200)
                    .body("changes.id", is(List.of(id)))
                    .body("changes[0].action", is("delete"));
        }
    }

    @Test
    void aDraftsEditsNeverReachReaders() {
        String token = head();
        var draft = createArticle(Map.of("title", "Never published " + unique()));
        String id = draft.path("id");
        mergePatch(draft.header("ETag")).body(Map.of("subtitle", "Still a draft")).patch("/api/v1/articles/" + id)
                .then().statusCode(200);
        given().queryParam("since", token).get(CHANGES).then().statusCode(200).body("changes.id", not(hasItem(id)));
        editor().queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes.id", is(List.of(id)))
                .body("changes[0].data.subtitle", is("Still a draft"));
    }

    @Test
    void renamingATagChangesTheArticlesThatShowIt() {
        var tag = createTag("Before rename " + unique());
        var article = createArticle(Map.of("title", "Tagged " + unique(), "status", "published",
                "tags", List.of((String) tag.path("slug"))));
        SyncClient client = SyncClient.reader();
        client.sync(500);
        String newName = "After rename " + unique();
        mergePatch(tag.header("ETag")).body(Map.of("name", newName)).patch("/api/v1/tags/" + tag.path("id"))
                .then().statusCode(200);
        client.sync(500);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tags = (List<Map<String, Object>>) client.get("article:" + article.path("id"))
                .get("tags");
        assertEquals(newName, tags.get(0).get("name"));

        editor().header("If-Match", given().get("/api/v1/tags/" + tag.path("id")).header("ETag"))
                .delete("/api/v1/tags/" + tag.path("id")).then().statusCode(204);
        client.sync(500);
        assertNull(client.get("tag:" + tag.path("id")));
        assertEquals(List.of(), client.get("article:" + article.path("id")).get("tags"));
    }

    @Test
    void aTokenThisServerDidNotIssueIsRefused() {
        for (String token : List.of("garbage!", "YzE6LTE", "eDE6NDI", "YzE6MDAx", "a".repeat(65))) {
            given().queryParam("since", token).get(CHANGES).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("since"));
        }
    }

    /**
     * The ordering the stream rests on: a write that began before another but commits after it must not be numbered
     * before it, or a client that read in between would skip it. Here a transaction that has begun logging (as any
     * writer's last step does: it holds the log's clock) stays open while the API edits an article: the edit waits
     * for it, and once both committed, a client resuming from a token taken in between gets the first, then the
     * edit, after its token.
     */
    @Test
    void aChangeThatCommitsLateIsNeverBehindATokenIssuedMeanwhile() throws Exception {
        var article = createArticle(Map.of("title", "Edited while another commits " + unique(), "status", "published"));
        var tag = createTag("Committed late " + unique());
        String before = head();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (Statement clock = late.createStatement();
                    PreparedStatement rename = late.prepareStatement(
                            "update tag set name = ?, version = version + 1 where id = ?");
                    PreparedStatement log = late.prepareStatement("insert into change_log (resource, entity_id,"
                            + " slug, action, was_public, is_public, changed_at) values ('tag', ?, ?, 'upsert',"
                            + " true, true, now())")) {
                clock.executeQuery("select id from change_log_clock where id = 1 for update").close();
                rename.setString(1, "Renamed late " + unique());
                rename.setObject(2, UUID.fromString(tag.path("id")));
                rename.executeUpdate();
                log.setObject(1, UUID.fromString(tag.path("id")));
                log.setString(2, tag.path("slug"));
                log.executeUpdate();

                Future<Integer> edit = pool.submit(() -> mergePatch(article.header("ETag"))
                        .body(Map.of("subtitle", "Edited meanwhile"))
                        .patch("/api/v1/articles/" + article.path("id")).statusCode());
                assertThrows(TimeoutException.class, () -> edit.get(1, TimeUnit.SECONDS),
                        "the edit cannot take a place in the log while an earlier writer holds the clock");
                String meanwhile = given().queryParam("since", before).get(CHANGES).then().statusCode(200)
                        .body("changes", is(List.of())).extract().path("next");
                late.commit();
                assertEquals(200, edit.get(10, TimeUnit.SECONDS));

                given().queryParam("since", meanwhile).get(CHANGES).then().statusCode(200)
                        .body("changes.id", is(List.of((String) tag.path("id"), (String) article.path("id"))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writers edit, publish, unpublish and delete articles and rename a tag on several threads while a client syncs
     * again and again; once they stop and it syncs a last time, it holds exactly what a reader can read.
     */
    @Test
    void aClientSyncingWhileWritersWriteEndsWithTheServersState() throws Exception {
        var tag = createTag("Synced under load " + unique());
        SyncClient client = SyncClient.reader();
        client.sync(500);
        int writers = 4;
        int edits = 12;
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> write(writer, edits, tag.path("slug"), ids)));
            }
            CompletableFuture<Integer> syncing = CompletableFuture.supplyAsync(() -> {
                int rounds = 0;
                while (writing.get() && rounds < 500) {
                    client.sync(7); // small pages: many tokens taken while writes commit
                    rounds++;
                }
                return rounds;
            });
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            assertTrue(syncing.get(60, TimeUnit.SECONDS) > 0);
        } finally {
            pool.shutdownNow();
        }
        client.sync(7);

        assertEquals(writers * 2, ids.size());
        for (String id : ids) {
            var read = given().get("/api/v1/articles/" + id).then().extract();
            Map<String, Object> held = client.get("article:" + id);
            if (read.statusCode() == 404) {
                assertNull(held, "a client holds " + id + ", which readers cannot read");
            } else {
                assertEquals(200, read.statusCode());
                assertNotNull(held, "a client lacks " + id);
                assertEquals((Object) read.path("version"), held.get("version"));
                assertEquals((Object) read.path("title"), held.get("title"));
                assertEquals((Object) read.path("subtitle"), held.get("subtitle"));
            }
        }
        assertEquals(given().get("/api/v1/tags/" + tag.path("id")).path("name"),
                client.get("tag:" + tag.path("id")).get("name"));
    }

    /** One writer's work: two articles, edited, unpublished and published again; the second deleted at the end. */
    private static void write(int writer, int edits, String tag, List<String> ids) {
        List<String> mine = new ArrayList<>();
        for (int a = 0; a < 2; a++) {
            String id = createArticle(Map.of("title", "Writer " + writer + " article " + a + " " + unique(),
                    "status", "published", "tags", List.of(tag))).path("id");
            mine.add(id);
            ids.add(id);
        }
        for (int e = 0; e < edits; e++) {
            String id = mine.get(e % 2);
            String etag = editor().get("/api/v1/articles/" + id).header("ETag");
            Map<String, Object> change = switch (e % 4) {
                case 1 -> Map.of("status", "draft", "subtitle", "Unpublished by " + writer + " at " + e);
                case 2 -> Map.of("status", "published", "subtitle", "Published again by " + writer + " at " + e);
                default -> Map.of("subtitle", "Edit " + e + " by " + writer);
            };
            mergePatch(etag).body(change).patch("/api/v1/articles/" + id).then().statusCode(200);
        }
        String last = mine.get(1);
        editor().header("If-Match", editor().get("/api/v1/articles/" + last).header("ETag"))
                .delete("/api/v1/articles/" + last).then().statusCode(204);
    }

    /** The token of the stream's end as things stand, for tests that look at what follows. */
    private static String head() {
        SyncClient client = SyncClient.reader();
        client.sync(500);
        String token = client.token();
        assertFalse(token.isEmpty());
        return token;
    }
}
