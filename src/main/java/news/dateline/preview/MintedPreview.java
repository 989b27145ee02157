package news.dateline.preview;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * The answer to minting a preview link: the only time its token is shown.
 *
 * @param url   the absolute address anyone holding it may read the preview at
 * @param token the last segment of {@code url}
 */
public record MintedPreview(UUID id, URI url, String token, Long revision, Instant createdAt, Instant expiresAt) {
}
