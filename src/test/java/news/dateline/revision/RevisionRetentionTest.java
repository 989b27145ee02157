package news.dateline.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.auth.Writer;
import news.dateline.catalogue.ResourceKind;
import news.dateline.web.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * Retention ({@code dateline.revisions.keep-edits}) thins only unpublished edits, oldest first: what readers saw, and
 * every creation, publication, restore and deletion, is kept whatever the setting.
 */
@QuarkusTest
class RevisionRetentionTest {

    @Inject
    Revisions revisions;

    @Test
    void pruningKeepsTheNewestUnpublishedEditsAndEverythingElse() {
        UUID id = UUID.randomUUID();
        List<Reason> reasons = List.of(Reason.CREATED, Reason.EDITED, Reason.EDITED, Reason.PUBLISHED, Reason.EDITED,
                Reason.UNPUBLISHED, Reason.EDITED, Reason.EDITED, Reason.RESTORED, Reason.EDITED);
        for (int n = 0; n < reasons.size(); n++) {
            // Revision 4 is an edit of a published version: readers saw it, so it carries their ETag and stays.
            String publicEtag = n == 3 || n == 4 ? "\"" + n + "-abc\"" : null;
            revisions.record(ResourceKind.ARTICLE, id, n, Instant.now(), reasons.get(n), Writer.ENV, publicEtag, "{}");
        }

        revisions.prune(ResourceKind.ARTICLE, id, 2);
        assertEquals(List.of(9L, 8L, 7L, 5L, 4L, 3L, 0L), numbers(id));

        revisions.prune(ResourceKind.ARTICLE, id, 0);
        assertEquals(List.of(8L, 5L, 4L, 3L, 0L), numbers(id));
    }

    @Test
    void withoutASettingNothingIsPruned() {
        UUID id = UUID.randomUUID();
        for (int n = 0; n < 5; n++) {
            revisions.record(ResourceKind.ARTICLE, id, n, Instant.now(), n == 0 ? Reason.CREATED : Reason.EDITED,
                    Writer.ENV, null, "{}");
        }
        assertEquals(List.of(4L, 3L, 2L, 1L, 0L), numbers(id));
    }

    private List<Long> numbers(UUID id) {
        return revisions.page(ResourceKind.ARTICLE, id, new PageRequest(null, 100, null)).items().stream()
                .map(RevisionSummary::number).toList();
    }
}
