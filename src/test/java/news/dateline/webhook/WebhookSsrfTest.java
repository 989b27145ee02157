package news.dateline.webhook;

import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.Api;
import news.dateline.LockedDown;
import news.dateline.catalogue.Timestamps;
import org.junit.jupiter.api.Test;

/**
 * With private targets refused (the production default), a subscription cannot be aimed at the service's own network:
 * refused when it is made, and, should its name resolve there later, refused again at each send. (TargetGuardTest
 * decides which addresses are private; this proves both checks are wired to the setting, and shares the boot of
 * PrivateReadTest.)
 */
@QuarkusTest
@TestProfile(LockedDown.class)
class WebhookSsrfTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void privateAndLocalTargetsAreRefusedWhenSubscribing() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://[::1]/hook",
                "http://10.1.2.3/hook", "http://172.16.0.1/hook", "http://192.168.1.1/hook",
                "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/hook", "http://[fd00::1]/hook",
                "http://0.0.0.0/hook", "http://100.64.0.1/hook", "http://224.0.0.1/hook",
                "http://[::ffff:10.0.0.1]/hook", "http://2130706433/hook")) {
            editor().body(Map.of("url", url, "events", List.of("*"))).post(Webhooks.PATH).then()
                    .statusCode(422).contentType(Api.PROBLEM).body("errors.field", hasItem("url"));
        }
        editor().get(Webhooks.PATH).then().statusCode(200);
    }

    @Test
    void aTargetThatResolvesPrivatelyAtSendTimeIsAFailedAttemptAndIsNeverCalled() throws SQLException {
        try (Receiver receiver = new Receiver()) {
            dispatcher.dispatch();
            // As if its name had resolved publicly when it was made: the API would refuse it now, so it is stored here.
            UUID id = UUID.randomUUID();
            try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                    "insert into webhook_subscription (id, url, events, secret, after_seq, created_at)"
                            + " values (?, ?, '*', ?, (select coalesce(max(seq), 0) from change_log), ?)")) {
                insert.setObject(1, id);
                insert.setString(2, receiver.url());
                insert.setString(3, WebhookSecrets.generate());
                insert.setObject(4, Timestamps.now().atOffset(java.time.ZoneOffset.UTC));
                insert.executeUpdate();
            }
            try {
                createTag("Webhook rebound " + unique());
                dispatcher.dispatch();
                sender.sendDue(Timestamps.now());
                Map<String, Object> delivery = Webhooks.only(id.toString());
                assertEquals(List.of("pending", 1), List.of(delivery.get("status"), delivery.get("attempts")));
                assertTrue(((String) delivery.get("lastError")).startsWith("refused: the target URL resolves to a"
                        + " loopback address"), delivery.toString());
                assertEquals(List.of(), receiver.received(), "the private target was never called");
            } finally {
                editor().delete(Webhooks.PATH + "/" + id).then().statusCode(204);
            }
        }
    }
}
