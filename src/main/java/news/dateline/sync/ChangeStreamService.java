package news.dateline.sync;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Change;
import news.dateline.changelog.ChangeLogReader;
import news.dateline.changelog.LoggedChange;
import news.dateline.current.CurrentJson;
import news.dateline.replica.Reads;

/**
 * The change stream: what changed after a client's token, in commit order (the change log's sequence, V12), each
 * resource once per page with its current representation, or a tombstone when it is gone or no longer visible to
 * the caller. A client that applies every page in turn (upsert replaces, delete removes) holds what the server
 * holds: a resource changed again after the page was read shows up again, later, with its newer state.
 */
@Singleton
public class ChangeStreamService {

    private final Reads reads;
    private final CurrentJson current;

    ChangeStreamService(Reads reads, CurrentJson current) {
        this.reads = reads;
        this.current = current;
    }

    /**
     * @param since      a token from an earlier page, or null for everything from the beginning
     * @param visibility what the caller sees: {@link Visibility#PUBLIC} gets only changes to or from something public
     */
    @Transactional
    public ChangePage after(String since, int limit, Visibility visibility) {
        long from = since == null ? 0 : SyncToken.decode(since);
        // Read up to what has committed now, and only that: then a page that is not full has seen everything up to
        // it, and the token may move there, past changes this caller does not see (a reader past drafts' edits). Read
        // where the request reads, as what the page shows is (a public read may go to the replica).
        long until;
        List<LoggedChange> rows;
        try (Connection connection = reads.connection()) {
            until = Math.max(from, ChangeLogReader.last(connection));
            rows = ChangeLogReader.between(connection, from, until, limit + 1, visibility);
        } catch (SQLException e) {
            throw new ChangeLogReader.Unreadable(e);
        }
        boolean hasMore = rows.size() > limit;
        List<LoggedChange> page = hasMore ? rows.subList(0, limit) : rows;
        long last = hasMore ? page.get(page.size() - 1).seq() : until;
        Map<String, LoggedChange> latest = new LinkedHashMap<>();
        for (LoggedChange change : page) {
            latest.remove(change.surrogateKey()); // each resource once, where it last changed
            latest.put(change.surrogateKey(), change);
        }
        Map<String, String> json = current.of(
                latest.values().stream().filter(change -> change.action() != Change.Action.DELETE).toList(),
                visibility);
        List<ChangeItem> items = new ArrayList<>();
        for (LoggedChange change : latest.values()) {
            String data = json.get(change.surrogateKey());
            items.add(data == null ? ChangeItem.tombstone(change) : ChangeItem.upsert(change, data));
        }
        return new ChangePage(items, SyncToken.encode(last), hasMore);
    }
}
