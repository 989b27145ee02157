package news.dateline.purge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;
import news.dateline.changelog.LoggedChange;
import org.junit.jupiter.api.Test;

/** Which surrogate keys a batch of changes purges. */
class SurrogateKeysToPurgeTest {

    private static final UUID ARTICLE = UUID.fromString("0b6f3c2e-8a4d-4f1e-9c7b-5d2a1e3f4a60");
    private static final UUID TAG = UUID.fromString("6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a41");

    @Test
    void eachChangePurgesItselfItsCollectionAndSearchEachKeyOnce() {
        List<LoggedChange> changes = List.of(change(1, "article", ARTICLE), change(2, "tag", TAG),
                change(3, "article", ARTICLE));
        assertEquals(List.of("article:" + ARTICLE, "articles", "search", "tag:" + TAG, "tags"),
                SurrogateKeysToPurge.of(changes));
    }

    @Test
    void peopleGoUnderPeople() {
        assertEquals(List.of("person:" + TAG, "people", "search"),
                SurrogateKeysToPurge.of(List.of(change(1, "person", TAG))));
    }

    @Test
    void nothingChangedPurgesNothing() {
        assertEquals(List.of(), SurrogateKeysToPurge.of(List.of()));
    }

    @Test
    void anUnknownResourceIsAnError() {
        assertThrows(IllegalStateException.class, () -> SurrogateKeysToPurge.of(List.of(change(1, "comment", TAG))));
    }

    /** A change as the log stores it: an unknown kind fails as the log is read. */
    private static LoggedChange change(long seq, String kind, UUID id) {
        return new LoggedChange(seq, ResourceKind.ofWire(kind), id, "slug", Change.Action.UPSERT, true, true,
                Instant.EPOCH, false);
    }
}
