package news.dateline.preview;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import news.dateline.web.Digests;

/**
 * Preview tokens: 256 random bits from {@link SecureRandom} in URL-safe Base64 (43 characters), stored and looked up
 * as a plain SHA-256 digest, as API keys are (key/Secrets says why a slow hash would buy nothing here).
 */
final class PreviewTokens {

    private static final int BYTES = 32;
    /** What every token looks like: anything else was never issued, and is refused before any lookup. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PreviewTokens() {
    }

    static String generate() {
        byte[] token = new byte[BYTES];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** Whether this could be a token: its length and alphabet, which say nothing about any token issued. */
    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** The lowercase hex SHA-256 of a token, as stored. */
    static String digest(String token) {
        return HexFormat.of().formatHex(Digests.sha256(token));
    }
}
