package news.dateline.jsonld;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.article.ArticleFormat;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.article.TranslationGroup;
import news.dateline.article.Translations;
import news.dateline.auth.Visibility;
import news.dateline.person.Person;
import news.dateline.person.PersonRepository;
import news.dateline.site.PublicUrls;
import news.dateline.site.SiteConfig;
import news.dateline.tag.Tag;
import news.dateline.tag.TagRepository;
import news.dateline.web.Json;
import news.dateline.web.representation.ETags;

/**
 * An article's schema.org {@code NewsArticle}, under the same rule as the article itself ({@link Visibility}): for the
 * public, a {@code content:read} key too, only a published article exists. Four statements whatever the article links
 * to: the article with its tags, its people, and then those tags and people whole, for their Wikidata ids and change
 * times.
 */
@ApplicationScoped
public class JsonLdService {

    private final ArticleService articles;
    private final TagRepository tags;
    private final PersonRepository people;
    private final PublicUrls urls;
    private final ObjectMapper mapper;
    private final String publication;
    private final Translations translations;

    JsonLdService(ArticleService articles, TagRepository tags, PersonRepository people,
            PublicUrls urls, ObjectMapper mapper, SiteConfig site, Translations translations) {
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.urls = urls;
        this.mapper = mapper;
        this.publication = site.name();
        this.translations = translations;
    }

    /** The JSON-LD of an article by id or slug; 404 when there is none the caller may see. */
    @Transactional
    public JsonLdDocument render(String ref, Visibility visibility) {
        // The plain text is the articleBody; the other forms are not needed.
        ArticleView article = articles.get(ref, visibility, EnumSet.of(ArticleFormat.TEXT));
        List<Person> linkedPeople = people.findByRefs(
                article.people().stream().map(p -> p.id().toString()).distinct().toList());
        List<Tag> linkedTags = tags.findByRefs(article.tags().stream().map(t -> t.id().toString()).toList());
        Map<UUID, String> wikidataIds = new HashMap<>();
        linkedPeople.stream().filter(p -> p.getWikidataId() != null)
                .forEach(p -> wikidataIds.put(p.getId(), p.getWikidataId()));
        Optional<TranslationGroup> group = Optional.ofNullable(translations.groupsOf(List.of(article.id()))
                .get(article.id()));
        byte[] json = Json.bytes(mapper, LinkedData.of(article, group, wikidataIds, urls, publication));
        // A renamed tag or a person's new Wikidata id changes this document but not the article's updatedAt.
        Instant lastModified = Stream.concat(Stream.of(article.updatedAt()), Stream.concat(
                linkedTags.stream().map(Tag::getUpdatedAt), linkedPeople.stream().map(Person::getUpdatedAt)))
                .max(Instant::compareTo).orElseThrow();
        return new JsonLdDocument(json, ETags.of(article.version(), json), lastModified,
                article.surrogateKeys().distinct().collect(Collectors.joining(" ")));
    }
}
