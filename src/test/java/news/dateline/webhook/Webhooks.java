package news.dateline.webhook;

import static news.dateline.Api.editor;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test shorthand for subscriptions and their delivery logs, through the API with the admin key. */
final class Webhooks {

    static final String PATH = "/api/v1/webhooks";

    private final List<String> made = new ArrayList<>();

    /** Subscribes the receiver to these events and tells it the secret to check signatures with; the id. */
    String subscribe(Receiver receiver, String... events) {
        ExtractableResponse<Response> created = editor().body(Map.of("url", receiver.url(), "events", List.of(events)))
                .post(PATH).then().statusCode(201).extract();
        receiver.verifyWith(created.path("secret"));
        String id = created.path("id");
        made.add(id);
        return id;
    }

    /** The subscription's deliveries, newest first, as the delivery log shows them. */
    static List<Map<String, Object>> log(String id) {
        return editor().queryParam("limit", 100).get(PATH + "/" + id + "/deliveries").then().statusCode(200)
                .extract().path("items");
    }

    /** The one delivery a subscription has. */
    static Map<String, Object> only(String id) {
        List<Map<String, Object>> log = log(id);
        if (log.size() != 1) {
            throw new AssertionError("expected one delivery, the log holds " + log);
        }
        return log.get(0);
    }

    /**
     * What the receiver got for this subscription, one payload per delivery, in the order of the changes they carry
     * (sends run at once, so arrival order is not change order): the delivery log's order, oldest first.
     */
    static List<JsonNode> inChangeOrder(String id, Receiver receiver) {
        List<Map<String, Object>> log = new ArrayList<>(log(id));
        Collections.reverse(log);
        Map<String, JsonNode> byId = new HashMap<>();
        receiver.received().forEach(r -> byId.put(r.id(), r.json()));
        return log.stream().map(d -> {
            JsonNode payload = byId.get((String) d.get("id"));
            if (payload == null) {
                throw new AssertionError("delivery " + d + " was not received");
            }
            return payload;
        }).toList();
    }

    /** The event types of {@link #inChangeOrder}. */
    static List<String> types(String id, Receiver receiver) {
        return inChangeOrder(id, receiver).stream().map(p -> p.path("type").asText()).toList();
    }

    static Instant instant(Map<String, Object> delivery, String field) {
        Object value = delivery.get(field);
        return value == null ? null : Instant.parse((String) value);
    }

    /** Deletes what this test subscribed, so that no later test's sends go to its receiver. */
    void deleteAll() {
        made.forEach(id -> editor().delete(PATH + "/" + id).then().statusCode(204));
        made.clear();
    }
}
