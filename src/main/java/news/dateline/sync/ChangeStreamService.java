package news.dateline.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import news.dateline.article.ArticleService;
import news.dateline.auth.Visibility;
import news.dateline.person.PersonService;
import news.dateline.tag.TagService;

/**
 * The change stream: what changed after a client's token, in commit order (the change log's sequence, V12), each
 * resource once per page with its current representation, or a tombstone when it is gone or no longer visible to
 * the caller. A client that applies every page in turn (upsert replaces, delete removes) holds what the server
 * holds: a resource changed again after the page was read shows up again, later, with its newer state.
 */
@Singleton
public class ChangeStreamService {

    private final ChangeLogReader log;
    private final ArticleService articles;
    private final TagService tags;
    private final PersonService people;
    private final ObjectMapper mapper;

    ChangeStreamService(ChangeLogReader log, ArticleService articles, TagService tags, PersonService people,
            ObjectMapper mapper) {
        this.log = log;
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.mapper = mapper;
    }

    /**
     * @param since      a token from an earlier page, or null for everything from the beginning
     * @param visibility what the caller sees: {@link Visibility#PUBLIC} gets only changes to or from something public
     */
    @Transactional
    public ChangePage after(String since, int limit, Visibility visibility) {
        long from = since == null ? 0 : SyncToken.decode(since);
        // Read up to what has committed now, and only that: then a page that is not full has seen everything up to
        // it, and the token may move there, past changes this caller does not see (a reader past drafts' edits).
        long until = Math.max(from, log.last());
        List<LoggedChange> rows = log.between(from, until, limit + 1, !visibility.includesUnpublished());
        boolean hasMore = rows.size() > limit;
        List<LoggedChange> page = hasMore ? rows.subList(0, limit) : rows;
        long last = hasMore ? page.get(page.size() - 1).seq() : until;
        Map<String, LoggedChange> latest = new LinkedHashMap<>();
        for (LoggedChange change : page) {
            latest.remove(change.key()); // each resource once, where it last changed
            latest.put(change.key(), change);
        }
        Map<String, String> current = render(latest.values(), visibility);
        List<ChangeItem> items = new ArrayList<>();
        for (LoggedChange change : latest.values()) {
            String json = change.action().equals(ChangeItem.DELETE) ? null : current.get(change.key());
            items.add(json == null ? ChangeItem.tombstone(change) : ChangeItem.upsert(change, json));
        }
        return new ChangePage(items, SyncToken.encode(last), hasMore);
    }

    /** The current JSON of what still exists and the caller may see, by key; articles in one go. */
    private Map<String, String> render(Iterable<LoggedChange> changes, Visibility visibility) {
        List<UUID> articleIds = new ArrayList<>();
        Map<String, String> json = new HashMap<>();
        for (LoggedChange change : changes) {
            if (change.action().equals(ChangeItem.DELETE)) {
                continue;
            }
            switch (change.resource()) {
                case "article" -> articleIds.add(change.id());
                case "tag" -> put(json, change, tags::byId);
                case "person" -> put(json, change, people::byId);
                default -> throw new IllegalStateException("unknown resource in the change log: " + change.resource());
            }
        }
        articles.currentJson(articleIds, visibility).forEach((id, article) -> json.put("article:" + id, article));
        return json;
    }

    private void put(Map<String, String> json, LoggedChange change, Function<UUID, Optional<?>> find) {
        find.apply(change.id()).ifPresent(view -> json.put(change.key(), write(view)));
    }

    private String write(Object view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view could not be written as JSON", e);
        }
    }
}
