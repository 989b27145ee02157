package news.dateline.web.representation;

import news.dateline.web.Digests;

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

    // 96 bits: collisions between two versions of one resource are not a practical concern.
    private static String digest(byte[] body) {
        return Digests.shortened(body, 12);
    }
}
