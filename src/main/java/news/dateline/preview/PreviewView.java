package news.dateline.preview;

import java.time.Instant;
import java.util.UUID;
import news.dateline.auth.Writer;

/** A preview link as editors list it: never its token, which only its maker was shown. */
public record PreviewView(UUID id, Long revision, Instant createdAt, Instant expiresAt, Writer createdBy) {

    static PreviewView of(ArticlePreview preview) {
        return new PreviewView(preview.getId(), preview.getRevision(), preview.getCreatedAt(),
                preview.getExpiresAt(), preview.getCreatedBy());
    }
}
