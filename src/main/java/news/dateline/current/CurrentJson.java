package news.dateline.current;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.article.ArticleService;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.ResourceKind;
import news.dateline.changelog.LoggedChange;
import news.dateline.person.PersonService;
import news.dateline.tag.TagService;
import news.dateline.web.Json;

/**
 * The JSON of changed resources as they are now, as one {@link Visibility} sees them, by surrogate key: what every
 * output that follows the change log (the change stream, webhook payloads, and live coverage next) sends for a change.
 * Each resource is what {@code GET /api/v1/{kind}s/{id}} gives a caller of that visibility. A package of its own, so
 * that each output may use it, while it uses the features it renders: {@code changelog} cannot, as it sits below them.
 */
@Singleton
public class CurrentJson {

    private final ArticleService articles;
    private final TagService tags;
    private final PersonService people;
    private final ObjectMapper mapper;

    CurrentJson(ArticleService articles, TagService tags, PersonService people, ObjectMapper mapper) {
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.mapper = mapper;
    }

    /**
     * The current JSON of the resources these changes are about, by {@link LoggedChange#surrogateKey()}: articles in
     * one batch, tags and people one by one, each resource once. Those gone, or that this visibility may not see, are
     * absent.
     */
    public Map<String, String> of(Collection<LoggedChange> changes, Visibility visibility) {
        Map<String, LoggedChange> distinct = new LinkedHashMap<>();
        changes.forEach(change -> distinct.putIfAbsent(change.surrogateKey(), change));
        List<UUID> articleIds = new ArrayList<>();
        Map<String, String> json = new HashMap<>();
        distinct.forEach((key, change) -> {
            switch (change.kind()) {
                case ARTICLE -> articleIds.add(change.id());
                case TAG -> tags.byId(change.id()).ifPresent(tag -> json.put(key, Json.string(mapper, tag)));
                case PERSON -> people.byId(change.id()).ifPresent(person -> json.put(key, Json.string(mapper, person)));
            }
        });
        articles.currentJson(articleIds, visibility)
                .forEach((id, article) -> json.put(ResourceKind.ARTICLE.surrogateKey(id), article));
        return json;
    }
}
