package news.dateline.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong entity tags. A single resource's tag is {@code "<version>-<digest>"}: the version lets a writer's
 * {@code If-Match} be checked against the row without re-rendering it, the digest of the exact bytes makes the
 * tag change whenever the representation does (an embedded tag renamed, a count moved).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(byte[] body) {
        return '"' + digest(body) + '"';
    }

    public static String of(long version, byte[] body) {
        return "\"" + version + '-' + digest(body) + '"';
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            // 96 bits: collisions between two versions of one resource are not a practical concern.
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
