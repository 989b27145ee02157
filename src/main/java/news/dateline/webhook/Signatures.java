package news.dateline.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): HMAC-SHA256, keyed with the secret's bytes, over
 * {@code {webhook-id}.{webhook-timestamp}.{body}}, sent as {@code webhook-signature: v1,<Base64>}.
 */
final class Signatures {

    static final String VERSION = "v1";

    private Signatures() {
    }

    /**
     * @param timestamp the {@code webhook-timestamp} header's value: Unix seconds when the attempt was made
     */
    static String sign(String id, long timestamp, byte[] body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return VERSION + "," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
