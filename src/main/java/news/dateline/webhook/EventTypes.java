package news.dateline.webhook;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;
import news.dateline.changelog.LoggedChange;

/**
 * The events a subscription can ask for, and which change log row makes which event. Readers' view decides: an
 * article is published, updated, unpublished or deleted as readers without a key see it, so a draft's edits are no
 * event at all; tags and people are always public.
 */
final class EventTypes {

    static final List<String> EVENTS = List.of("article.published", "article.updated", "article.corrected",
            "article.unpublished", "article.deleted", "tag.created", "tag.updated", "tag.deleted", "person.created",
            "person.updated", "person.deleted");

    /** What {@code events} may hold: an event, a resource's wildcard, or {@code *} for everything. */
    static final String PATTERN = "^(article\\.(published|updated|corrected|unpublished|deleted|\\*)"
            + "|(tag|person)\\.(created|updated|deleted|\\*)|\\*)$";

    static final String MESSAGE = "must be one of article.published, article.updated, article.corrected,"
            + " article.unpublished, article.deleted, tag.created, tag.updated, tag.deleted, person.created,"
            + " person.updated, person.deleted, or a wildcard: article.*, tag.*, person.*, *";

    private EventTypes() {
    }

    /** Whether an event is one a subscription to these names (events or wildcards) receives. */
    static boolean matches(Collection<String> subscribed, String event) {
        String resource = event.substring(0, event.indexOf('.'));
        return subscribed.contains(event) || subscribed.contains(resource + ".*") || subscribed.contains("*");
    }

    /**
     * The events a change log row may be sent as, the most specific first; a subscription gets it once, as the first
     * it asks for. A public note on a published article is {@code article.corrected}, and {@code article.updated} to
     * a subscription that asks only for updates: the article changed, as with any edit, and it must miss no change.
     */
    static List<String> of(LoggedChange change) {
        Optional<String> event = of(change.kind(), change.action(), change.wasPublic(), change.isPublic());
        if (change.corrected() && event.filter("article.updated"::equals).isPresent()) {
            return List.of("article.corrected", "article.updated");
        }
        return event.stream().toList();
    }

    private static Optional<String> of(ResourceKind kind, Change.Action action, boolean wasPublic, boolean isPublic) {
        boolean deleted = action == Change.Action.DELETE;
        if (kind == ResourceKind.ARTICLE) {
            if (deleted) {
                return wasPublic ? Optional.of("article.deleted") : Optional.empty();
            }
            if (!wasPublic) {
                return isPublic ? Optional.of("article.published") : Optional.empty();
            }
            return Optional.of(isPublic ? "article.updated" : "article.unpublished");
        }
        return Optional.of(kind.wire() + "." + (deleted ? "deleted" : wasPublic ? "updated" : "created"));
    }

    /** Whether the event's resource is still there for readers, so that the payload carries its representation. */
    static boolean showsResource(String event) {
        return !event.endsWith(".deleted") && !event.endsWith(".unpublished");
    }
}
