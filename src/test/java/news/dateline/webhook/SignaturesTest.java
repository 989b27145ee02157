package news.dateline.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Signatures and secrets: the pure parts of webhooks. */
class SignaturesTest {

    /** Computed independently (Python's hmac module) for this secret, id, timestamp and body. */
    @Test
    void signaturesAreStandardWebhooksV1() {
        byte[] key = WebhookSecrets.keyOf("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw2bWn8e5lN4c=").orElseThrow();
        assertEquals("v1,yw//XYGuZIDmdfC8tR3PKoI3EuzfIUKauoydL66daaY=", Signatures.sign("msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8), key));
    }

    @Test
    void madeSecretsHold256RandomBits() {
        String secret = WebhookSecrets.generate();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, WebhookSecrets.keyOf(secret).orElseThrow().length);
        assertTrue(!secret.equals(WebhookSecrets.generate()));
    }
}
