package news.dateline.key;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import news.dateline.web.Digests;

/**
 * Key secrets: 256 random bits from {@link SecureRandom} in URL-safe Base64 behind a {@code dl_} prefix, so a leaked
 * key is recognisable (secret scanners, logs) as a Dateline key.
 *
 * <p>Stored and looked up as a plain SHA-256 digest, not a slow password hash (bcrypt, Argon2): slow hashes protect
 * guessable passwords, and 256 random bits cannot be guessed however fast each guess is. A fast digest also lets the
 * secret be found by an index lookup on every request.
 */
final class Secrets {

    static final String PREFIX = "dl_";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static String generate() {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The lowercase hex SHA-256 of a presented key, as stored. */
    static String digest(String key) {
        return HexFormat.of().formatHex(Digests.sha256(key));
    }
}
