package news.dateline.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signing secrets in the Standard Webhooks form: {@code whsec_} and the standard Base64 of the HMAC key's bytes, so
 * that receivers can verify with any Standard Webhooks library as they are. A made secret has 256 random bits from
 * {@link SecureRandom}, as API keys do (key/Secrets).
 */
final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    static final String PATTERN = "^whsec_[A-Za-z0-9+/]{32,86}={0,2}$";
    static final String MESSAGE = "must be whsec_ followed by the Base64 of 24 to 64 random bytes";
    private static final int BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key a secret stands for, if it is a well-formed one of a usable length. */
    static Optional<byte[]> keyOf(String secret) {
        if (secret == null || !secret.matches(PATTERN)) {
            return Optional.empty();
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            return key.length >= MIN_BYTES && key.length <= MAX_BYTES ? Optional.of(key) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
