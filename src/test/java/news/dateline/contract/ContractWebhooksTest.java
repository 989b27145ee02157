package news.dateline.contract;

import static news.dateline.contract.Contract.anonymous;
import static news.dateline.contract.Contract.create;
import static news.dateline.contract.Contract.deleting;
import static news.dateline.contract.Contract.deliberatelyInvalid;
import static news.dateline.contract.Contract.editor;
import static news.dateline.contract.Contract.expectBadRequest;
import static news.dateline.contract.Contract.expectProblem;
import static news.dateline.contract.Contract.expectUnauthorized;
import static news.dateline.contract.Contract.issueKey;
import static news.dateline.contract.Contract.suffix;
import static news.dateline.contract.Contract.withoutKey;
import static news.dateline.contract.Contract.wrongKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import news.dateline.contract.Contract.Kind;
import news.dateline.webhook.WebhookJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The webhooks' operations keep the contract (the behaviour is tested in webhook/WebhookDeliveryTest). */
@QuarkusTest
@ExtendWith(ExercisedResponses.class)
class ContractWebhooksTest {

    @Inject
    WebhookJobs webhookJobs;

    @Test
    void webhooksConformToTheContract() throws Exception {
        String hooks = "/api/v1/webhooks";
        String target;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            target = "http://127.0.0.1:" + closed.getLocalPort() + "/hooks/dateline"; // nothing listens once closed
        }
        ExtractableResponse<Response> created = editor().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("tag.*", "article.published")))
                .when().post(hooks)
                .then().statusCode(201)
                .header("Cache-Control", is("private, no-store"))
                .body("secret", startsWith("whsec_"))
                .body("events", is(List.of("article.published", "tag.*")))
                .extract();
        String one = hooks + "/" + created.path("id");
        String deliveries = one + "/deliveries";
        assertTrue(created.header("Location").endsWith(one), created.header("Location"));
        editor().when().get(hooks).then().statusCode(200).body("items.id", hasItem(created.<String>path("id")));
        editor().when().get(one).then().statusCode(200).body("$", not(hasKey("secret")));

        for (int i = 0; i < 2; i++) {
            create(Kind.TAGS, Kind.TAGS.minimal("hooked-" + i + "-" + suffix()));
        }
        webhookJobs.dispatchAndSend();
        ExtractableResponse<Response> first = editor().queryParam("limit", 1).when().get(deliveries)
                .then().statusCode(200)
                .body("items.eventType", is(List.of("tag.created")))
                .body("items[0].status", is("pending"))
                .body("items[0].attempts", is(1))
                .body("items[0].lastStatusCode", nullValue())
                .body("items[0].lastError", startsWith("could not connect"))
                .body("next", notNullValue())
                .extract();
        editor().queryParam("limit", 1).queryParam("cursor", first.<String>path("next")).when().get(deliveries)
                .then().statusCode(200)
                .body("items.size()", is(1))
                .body("items[0].id", not(is(first.<String>path("items[0].id"))))
                .body("next", nullValue());

        String reader = "Bearer " + issueKey("content:write");
        expectProblem(anonymous().header("Authorization", reader).when().get(hooks).then(), 403, "forbidden", hooks);
        expectProblem(anonymous().header("Authorization", reader).when().get(one).then(), 403, "forbidden", one);
        expectProblem(anonymous().header("Authorization", reader).when().get(deliveries).then(), 403, "forbidden",
                deliveries);
        expectProblem(anonymous().header("Authorization", reader).contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"))).when().post(hooks).then(), 403, "forbidden",
                hooks);
        expectProblem(deleting(anonymous()).header("Authorization", reader).when().delete(one).then(), 403,
                "forbidden", one);

        expectUnauthorized(withoutKey().when().get(hooks).then(), hooks);
        expectUnauthorized(withoutKey().when().get(one).then(), one);
        expectUnauthorized(wrongKey().when().get(deliveries).then(), deliveries);
        expectUnauthorized(withoutKey().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"))).when().post(hooks).then(), hooks);
        expectUnauthorized(deleting(withoutKey()).when().delete(one).then(), one);

        expectBadRequest(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", "*")).when().post(hooks).then(), hooks);
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://hooks.newsroom.example", "events", List.of("article.created")))
                .when().post(hooks).then(), 422, "validation-failed", hooks)
                .body("errors.field", is(List.of("events[0]", "url")));
        expectProblem(deliberatelyInvalid().contentType(ContentType.JSON)
                .body(Map.of("url", target, "events", List.of("*"), "secret", "whsec_c2hvcnQ="))
                .when().post(hooks).then(), 422, "validation-failed", hooks)
                .body("errors.field", is(List.of("secret")));
        expectBadRequest(editor().queryParam("cursor", "garbage").when().get(deliveries).then(), deliveries)
                .body("errors.field", is(List.of("cursor")));
        expectBadRequest(deliberatelyInvalid().queryParam("limit", 0).when().get(deliveries).then(), deliveries)
                .body("errors.field", is(List.of("limit")));

        deleting(editor()).when().delete(one).then().statusCode(204);
        expectProblem(editor().when().get(one).then(), 404, "not-found", one);
        expectProblem(editor().when().get(deliveries).then(), 404, "not-found", deliveries);
        expectProblem(deleting(editor()).when().delete(one).then(), 404, "not-found", one);
    }
}
