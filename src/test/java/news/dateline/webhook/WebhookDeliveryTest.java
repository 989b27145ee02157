package news.dateline.webhook;

import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.Api;
import news.dateline.catalogue.Timestamps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end, against a real receiver on 127.0.0.1 that checks every signature itself: which changes become
 * which events for whom, retries with growing backoff, and a sender that dies mid-send. The scheduler is off in
 * tests, so each test runs the dispatcher and the sender itself, with the times it chooses: nothing waits.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    private final Webhooks webhooks = new Webhooks();
    private Receiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new Receiver();
        dispatcher.dispatch(); // what other tests changed is no one's business here
    }

    @AfterEach
    void stopReceiver() {
        webhooks.deleteAll();
        receiver.close();
    }

    @Test
    void aFailingReceiverGetsThreeSignedAttemptsWithGrowingBackoffThenTheDeliveryIsDelivered() {
        String hook = webhooks.subscribe(receiver, "tag.created");
        receiver.answer(500, 500);
        String tag = createTag("Webhook retried " + unique()).path("id");
        dispatcher.dispatch();
        Map<String, Object> queued = Webhooks.only(hook);
        assertEquals("pending", queued.get("status"));
        assertEquals(0, queued.get("attempts"));

        sender.sendDue(Timestamps.now());
        Map<String, Object> first = Webhooks.only(hook);
        assertEquals(List.of(1, 500, "pending"), List.of(first.get("attempts"), first.get("lastStatusCode"),
                first.get("status")));
        assertEquals("HTTP 500", first.get("lastError"));
        Duration firstWait = wait(first);

        sender.sendDue(Webhooks.instant(first, "nextAttemptAt"));
        Map<String, Object> second = Webhooks.only(hook);
        assertEquals(List.of(2, 500, "pending"), List.of(second.get("attempts"), second.get("lastStatusCode"),
                second.get("status")));
        Duration secondWait = wait(second);
        assertThat("the wait doubles", secondWait, greaterThan(firstWait));

        sender.sendDue(Webhooks.instant(second, "nextAttemptAt"));
        Map<String, Object> done = Webhooks.only(hook);
        assertEquals(List.of(3, 200, "delivered"), List.of(done.get("attempts"), done.get("lastStatusCode"),
                done.get("status")));
        assertEquals(null, done.get("nextAttemptAt"));
        assertEquals(null, done.get("lastError"));
        assertNotNull(done.get("deliveredAt"));

        List<Receiver.Received> got = receiver.received();
        assertEquals(3, got.size());
        for (Receiver.Received attempt : got) {
            assertTrue(attempt.verified(), "signature and timestamp check out: " + attempt);
            assertEquals(done.get("id"), attempt.id(), "every attempt is the same delivery");
            assertEquals(done.get("id"), attempt.json().path("id").asText());
            assertEquals("tag.created", attempt.json().path("type").asText());
            assertEquals(tag, attempt.json().path("data").path("id").asText());
            assertEquals("tag", attempt.json().path("data").path("type").asText());
            assertEquals(tag, attempt.json().path("data").path("object").path("id").asText());
        }
        sender.sendDue(Timestamps.now().plusSeconds(3600));
        assertEquals(3, receiver.received().size(), "a delivered delivery is not sent again");
    }

    @Test
    void articleEventsFollowWhatReadersSeeAndDraftsMakeNone() {
        String hook = webhooks.subscribe(receiver, "article.*");
        var draft = createArticle(Map.of("title", "Webhook draft " + unique()));
        String draftId = draft.path("id");
        mergePatch(draft.header("ETag")).body(Map.of("title", "Webhook draft, edited " + unique()))
                .patch("/api/v1/articles/" + draftId).then().statusCode(200);
        editor().header("If-Match", etagOf("/api/v1/articles/" + draftId)).delete("/api/v1/articles/" + draftId)
                .then().statusCode(204);

        var article = createArticle(Map.of("title", "Webhook story " + unique()));
        String id = article.path("id");
        String path = "/api/v1/articles/" + id;
        patch(path, Map.of("status", "published"));
        String title = "Webhook story, corrected " + unique();
        patch(path, Map.of("title", title));
        patch(path, Map.of("status", "archived"));
        patch(path, Map.of("status", "published"));
        delete(path);
        deliverAll();

        assertEquals(List.of("article.published", "article.updated", "article.unpublished", "article.published",
                "article.deleted"), Webhooks.types(hook, receiver));
        assertEquals(5, receiver.received().size());
        List<JsonNode> payloads = Webhooks.inChangeOrder(hook, receiver);
        payloads.forEach(p -> assertEquals(id, p.path("data").path("id").asText(), "only the public article: " + p));
        assertEquals(article.<String>path("slug"), payloads.get(0).path("data").path("object").path("slug").asText());
        assertEquals("published", payloads.get(0).path("data").path("object").path("status").asText());
        assertEquals(title, payloads.get(1).path("data").path("object").path("title").asText());
        assertTrue(payloads.get(2).path("data").path("object").isNull(), "unpublished: no representation");
        assertTrue(payloads.get(4).path("data").path("object").isNull(), "deleted: no representation");
        assertFalse(receiver.received().stream().anyMatch(r -> r.body().contains(draftId)),
                "a draft's id is in no payload");
        assertEquals(5, Webhooks.log(hook).size());
        Webhooks.log(hook).forEach(d -> assertEquals("delivered", d.get("status")));
    }

    @Test
    void tagAndPersonEventsAreCreatedUpdatedAndDeleted() {
        String hook = webhooks.subscribe(receiver, "tag.*", "person.deleted");
        var tag = createTag("Webhook tag " + unique());
        dispatcher.dispatch();
        String tagPath = "/api/v1/tags/" + tag.path("id");
        patch(tagPath, Map.of("description", "Changed"));
        delete(tagPath);
        var person = createPerson("Webhook person " + unique());
        String personPath = "/api/v1/people/" + person.path("id");
        patch(personPath, Map.of("title", "Foreign Minister"));
        delete(personPath);
        deliverAll();

        assertEquals(List.of("tag.created", "tag.updated", "tag.deleted", "person.deleted"),
                Webhooks.types(hook, receiver));
        assertEquals(4, receiver.received().size());
        List<JsonNode> payloads = Webhooks.inChangeOrder(hook, receiver);
        assertEquals(tag.<String>path("name"), payloads.get(0).path("data").path("object").path("name").asText());
        assertEquals("Changed", payloads.get(1).path("data").path("object").path("description").asText(),
                "the representation as it is when dispatched");
        assertTrue(payloads.get(2).path("data").path("object").isNull());
        assertEquals(person.<String>path("slug"), payloads.get(3).path("data").path("slug").asText());
    }

    @Test
    void wildcardsAndExactNamesMatchTheirEventsOnly() {
        Receiver everything = receiver;
        try (Receiver published = new Receiver()) {
            String all = webhooks.subscribe(everything, "*");
            String one = webhooks.subscribe(published, "article.published");
            createTag("Webhook wildcard " + unique());
            String id = createArticle(Map.of("title", "Webhook wildcard story " + unique(), "status", "published"))
                    .path("id");
            deliverAll();
            assertEquals(List.of("tag.created", "article.published"), Webhooks.types(all, everything));
            assertEquals(List.of("article.published"), Webhooks.types(one, published));
            assertEquals(2, everything.received().size());
            assertEquals(id, published.received().get(0).json().path("data").path("id").asText());
            assertTrue(published.received().get(0).verified(), "each subscription signs with its own secret");
        }
    }

    @Test
    void aPublicNoteIsArticleCorrectedOnceToWhoAsksForItAndArticleUpdatedToWhoAsksOnlyForUpdates() {
        try (Receiver updates = new Receiver(); Receiver corrections = new Receiver()) {
            String all = webhooks.subscribe(receiver, "article.*");
            String updated = webhooks.subscribe(updates, "article.updated");
            String corrected = webhooks.subscribe(corrections, "article.corrected");
            String path = "/api/v1/articles/" + createArticle(Map.of("title", "Webhook noted " + unique(),
                    "status", "published")).path("id");
            editor().header("If-Match", etagOf(path)).body(Map.of("kind", "update", "text", "Talks resumed."))
                    .post(path + "/corrections").then().statusCode(201);
            deliverAll();

            assertEquals(List.of("article.published", "article.corrected"), Webhooks.types(all, receiver));
            assertEquals(List.of("article.updated"), Webhooks.types(updated, updates));
            assertEquals(List.of("article.corrected"), Webhooks.types(corrected, corrections));
            JsonNode note = corrections.received().get(0).json().path("data").path("object").path("corrections");
            assertEquals("Talks resumed.", note.path(0).path("text").asText(), "the payload shows the note");
        }
    }

    @Test
    void aSubscriptionGetsOnlyChangesCommittedAfterItWasMade() {
        var tag = createTag("Webhook before " + unique());
        String hook = webhooks.subscribe(receiver, "tag.*"); // the tag's creation is not yet dispatched
        deliverAll();
        assertEquals(List.of(), Webhooks.log(hook));

        patch("/api/v1/tags/" + tag.path("id"), Map.of("description", "After the subscription"));
        deliverAll();
        assertEquals(List.of("tag.updated"), receiver.types());
    }

    @Test
    void aClaimedDeliveryWhoseOutcomeWasNeverRecordedIsSentAgainAfterItsLease() {
        String hook = webhooks.subscribe(receiver, "person.created");
        createPerson("Webhook crash " + unique());
        dispatcher.dispatch();
        Instant now = Timestamps.now();
        assertEquals(1, sender.claim(now).stream().filter(d -> d.id().toString()
                .equals(Webhooks.only(hook).get("id"))).count(), "claimed, then the sender died");
        Map<String, Object> leased = Webhooks.only(hook);
        assertEquals(List.of("pending", 0), List.of(leased.get("status"), leased.get("attempts")));
        Instant lease = Webhooks.instant(leased, "nextAttemptAt");
        assertThat(lease, greaterThan(now.plus(WebhookSender.LEASE_MARGIN)));

        sender.sendDue(lease.minusSeconds(1));
        assertEquals(List.of(), receiver.received(), "nobody else takes it while its lease lasts");

        sender.sendDue(lease);
        assertEquals(List.of("person.created"), receiver.types());
        Map<String, Object> done = Webhooks.only(hook);
        assertEquals(List.of("delivered", 1), List.of(done.get("status"), done.get("attempts")));
    }

    @Test
    void aDeliveryIsGivenUpAfterMaxAttempts() {
        String hook = webhooks.subscribe(receiver, "tag.created");
        receiver.answer(503, 503, 503, 503, 503);
        createTag("Webhook given up " + unique());
        dispatcher.dispatch();
        Instant at = Timestamps.now();
        for (int attempt = 1; attempt <= 4; attempt++) { // %test.dateline.webhooks.max-attempts
            sender.sendDue(at);
            Map<String, Object> delivery = Webhooks.only(hook);
            assertEquals(attempt, delivery.get("attempts"));
            at = Webhooks.instant(delivery, "nextAttemptAt");
        }
        Map<String, Object> failed = Webhooks.only(hook);
        assertEquals(List.of("failed", 503, "HTTP 503"), List.of(failed.get("status"), failed.get("lastStatusCode"),
                failed.get("lastError")));
        assertEquals(null, failed.get("nextAttemptAt"));
        sender.sendDue(Timestamps.now().plusSeconds(3600));
        assertEquals(4, receiver.received().size());
    }

    @Test
    void aTargetThatRefusesConnectionsIsAFailedAttemptWithAClearError() {
        String url = receiver.url();
        receiver.close(); // nothing listens there any more
        String hook = editor().body(Map.of("url", url, "events", List.of("tag.created"))).post(Webhooks.PATH)
                .then().statusCode(201).extract().path("id");
        try {
            createTag("Webhook unreachable " + unique());
            dispatcher.dispatch();
            sender.sendDue(Timestamps.now());
            Map<String, Object> delivery = Webhooks.only(hook);
            assertEquals(List.of("pending", 1), List.of(delivery.get("status"), delivery.get("attempts")));
            assertEquals(null, delivery.get("lastStatusCode"));
            assertTrue(((String) delivery.get("lastError")).startsWith("could not connect"), delivery.toString());
        } finally {
            editor().delete(Webhooks.PATH + "/" + hook).then().statusCode(204);
        }
    }

    @Test
    void twoInstancesAtOnceQueueEachChangeOnceAndClaimEachDeliveryOnce() throws Exception {
        String hook = webhooks.subscribe(receiver, "tag.created");
        for (int i = 0; i < 6; i++) {
            createTag("Webhook race " + i + " " + unique());
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> dispatched = instances.invokeAll(List.<Callable<Integer>>of(
                    () -> dispatcher.dispatchBatch(), () -> dispatcher.dispatchBatch()));
            for (Future<Integer> batch : dispatched) {
                batch.get();
            }
            dispatcher.dispatch(); // whatever the instance that skipped its turn left
            assertEquals(6, Webhooks.log(hook).size(), "each change queued once");

            Instant now = Timestamps.now();
            List<Future<List<ClaimedDelivery>>> claims = instances.invokeAll(List.<Callable<List<ClaimedDelivery>>>of(
                    () -> sender.claim(now), () -> sender.claim(now)));
            List<String> claimed = new java.util.ArrayList<>();
            for (Future<List<ClaimedDelivery>> claim : claims) {
                claim.get().forEach(d -> claimed.add(d.id().toString()));
            }
            List<String> ours = Webhooks.log(hook).stream().map(d -> (String) d.get("id")).toList();
            assertEquals(ours.size(), claimed.stream().filter(ours::contains).distinct().count(),
                    "every delivery claimed");
            assertEquals(claimed.size(), claimed.stream().distinct().count(), "none claimed by both");
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void payloadsConformToTheWebhookPayloadSchemaOfTheContract() {
        String hook = webhooks.subscribe(receiver, "*");
        var tag = createTag("Webhook schema " + unique());
        createPerson("Webhook schema person " + unique());
        String id = createArticle(Map.of("title", "Webhook schema story " + unique(), "status", "published",
                "tags", List.of(tag.<String>path("slug")))).path("id");
        dispatcher.dispatch();
        delete("/api/v1/articles/" + id);
        deliverAll();
        OpenAPI api = new OpenAPIV3Parser().readContents(Api.openapiYaml(), null, new ParseOptions()).getOpenAPI();
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        List<JsonNode> payloads = Webhooks.inChangeOrder(hook, receiver);
        assertEquals(List.of("tag.created", "person.created", "article.published", "article.deleted"),
                Webhooks.types(hook, receiver));
        for (JsonNode payload : payloads) {
            ValidationReport report = validator.validate(() -> payload,
                    new Schema<>().$ref("#/components/schemas/WebhookPayload"), "payload");
            assertEquals(List.of(), report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(m -> m.getMessage()).toList(),
                    payload.toString());
        }
    }

    /** Dispatches what changed and sends until nothing is due, each retry at its time. */
    private void deliverAll() {
        dispatcher.dispatch();
        Instant at = Timestamps.now();
        for (int round = 0; round < 10 && sender.sendDue(at) > 0; round++) {
            at = at.plusSeconds(60);
        }
    }

    /**
     * Changes a resource and dispatches at once, as the dispatcher's period would: a payload shows the resource as it
     * is when its change is dispatched, so dispatching only at the end would show every event the final state.
     */
    private void patch(String path, Map<String, Object> body) {
        mergePatch(etagOf(path)).body(body).patch(path).then().statusCode(200);
        dispatcher.dispatch();
    }

    private void delete(String path) {
        editor().header("If-Match", etagOf(path)).delete(path).then().statusCode(204);
        dispatcher.dispatch();
    }

    /** How long the sender chose to wait after this delivery's last failed attempt. */
    private static Duration wait(Map<String, Object> delivery) {
        return Duration.between(Webhooks.instant(delivery, "lastAttemptAt"),
                Webhooks.instant(delivery, "nextAttemptAt"));
    }
}
