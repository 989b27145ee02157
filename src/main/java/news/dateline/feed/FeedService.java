package news.dateline.feed;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.article.Corrected;
import news.dateline.article.PersonInArticle;
import news.dateline.article.PersonRole;
import news.dateline.catalogue.ResourceKind;
import news.dateline.person.PersonService;
import news.dateline.person.PersonView;
import news.dateline.site.PublicUrls;
import news.dateline.site.SiteConfig;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

/**
 * The feeds of all published articles, of a tag's, of a person's, and of the public notes on them: finds the tag or
 * person (404 when there is none), reads the newest published articles or notes and turns them into a {@link Feed}
 * whose links all point at the public site.
 */
@Singleton
class FeedService {

    /** Items in a feed unless {@code limit} says otherwise: a few weeks of a small newsroom, a day of a large one. */
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    /** What {@code Surrogate-Key} names besides the items: the article collection, which lists purge by too. */
    static final String COLLECTION = "articles";

    private final ArticleService articles;
    private final TagService tags;
    private final PersonService people;
    private final PublicUrls urls;
    private final SiteConfig site;

    FeedService(ArticleService articles, TagService tags, PersonService people, PublicUrls urls,
            SiteConfig site) {
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.urls = urls;
        this.site = site;
    }

    /** Every published article. */
    @Transactional
    public Feed all(int limit, String language) {
        return feed(site.name(), "The latest articles from " + site.name(), urls.base(), null, null, language,
                articles.newestPublished(List.of(), List.of(), language, limit));
    }

    /** The published articles carrying a tag, by slug (or id). */
    @Transactional
    public Feed tag(String ref, int limit, String language) {
        TagView tag = tags.get(ref);
        String description = tag.description() != null && !tag.description().isBlank() ? tag.description()
                : site.name() + " articles tagged " + tag.name();
        return feed(site.name() + ": " + tag.name(), description, urls.tag(tag.slug()),
                ResourceKind.TAG.surrogateKey(tag.id()), tag.updatedAt(), language,
                articles.newestPublished(List.of(tag.id().toString()), List.of(), language, limit));
    }

    /** The published articles a person is linked to in any role (about, quoting or by them), by slug or id. */
    @Transactional
    public Feed person(String ref, int limit, String language) {
        PersonView person = people.get(ref);
        String description = site.name() + " articles on " + person.name()
                + (person.title() != null && !person.title().isBlank() ? ", " + person.title() : "");
        return feed(site.name() + ": " + person.name(), description, urls.person(person.slug()),
                ResourceKind.PERSON.surrogateKey(person.id()), person.updatedAt(), language,
                articles.newestPublished(List.of(), List.of(person.id().toString()), language, limit));
    }

    /** The newest public notes (corrections, clarifications, updates) on published articles, each linking it. */
    @Transactional
    public Feed corrections(int limit, String language) {
        List<Corrected> notes = articles.newestCorrections(limit, language);
        return feed(site.name() + ": corrections and updates",
                "Corrections, clarifications and updates to " + site.name() + " articles", urls.base(), null, null,
                language, notes.stream().map(this::item).toList(), notes.stream().map(Corrected::article).toList());
    }

    private Feed feed(String title, String description, String homeUrl, String subjectKey, Instant subjectUpdated,
            String language, List<ArticleView> views) {
        return feed(title, description, homeUrl, subjectKey, subjectUpdated, language,
                views.stream().map(this::item).toList(), views);
    }

    /**
     * @param language the one language of its items (null: any; the feed then says the site's)
     * @param items    what the feed lists
     * @param views    the articles they show, for what changes them ({@code Surrogate-Key}, {@code Last-Modified})
     */
    private Feed feed(String title, String description, String homeUrl, String subjectKey, Instant subjectUpdated,
            String language, List<Feed.Item> items, List<ArticleView> views) {
        Instant updated = latest(Stream.concat(Stream.ofNullable(subjectUpdated),
                items.stream().map(Feed.Item::updated)));
        Instant lastModified = latest(Stream.concat(Stream.ofNullable(subjectUpdated),
                views.stream().map(ArticleView::updatedAt)));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(COLLECTION); // an article published or unpublished anywhere can join or leave any feed
        if (subjectKey != null) {
            keys.add(subjectKey);
        }
        for (ArticleView view : views) {
            keys.add(ResourceKind.ARTICLE.surrogateKey(view.id()));
            view.tags().forEach(tag -> keys.add(ResourceKind.TAG.surrogateKey(tag.id())));
            authors(view).forEach(author -> keys.add(ResourceKind.PERSON.surrogateKey(author.id())));
        }
        return new Feed(title, description, homeUrl, language != null ? language : site.language(), updated,
                lastModified, items,
                String.join(" ", keys));
    }

    private Feed.Item item(ArticleView view) {
        return new Feed.Item(urn(view.id()), urls.article(view.slug(), view.canonicalUrl()), view.title(),
                view.excerpt(), Objects.requireNonNullElse(view.bodyHtml(), ""), view.publishedAt(),
                Objects.requireNonNullElse(view.contentUpdatedAt(), view.publishedAt()), view.language(),
                view.featuredImage() == null ? null : view.featuredImage().url(), bylines(view), categories(view));
    }

    /** A note as an item of its own (its id, its time), linking the article it is on. */
    private Feed.Item item(Corrected note) {
        ArticleView view = note.article();
        String kind = note.correction().kind().toString();
        return new Feed.Item(urn(note.correction().id()), urls.article(view.slug(), view.canonicalUrl()),
                Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ": " + view.title(), null,
                note.correction().html(), note.correction().at(), note.correction().at(), view.language(), null,
                bylines(view), categories(view));
    }

    /** Feed readers expect a byline: the publication's when the article names no author. */
    private List<Feed.Author> bylines(ArticleView view) {
        List<Feed.Author> authors = authors(view).stream()
                .map(person -> new Feed.Author(person.name(), urls.person(person.slug()))).toList();
        return authors.isEmpty() ? List.of(new Feed.Author(site.name(), urls.base())) : authors;
    }

    private List<Feed.Category> categories(ArticleView view) {
        return view.tags().stream().map(tag -> new Feed.Category(tag.slug(), tag.name(), urls.tag(tag.slug())))
                .toList();
    }

    private static Instant latest(Stream<Instant> times) {
        return times.filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    private static List<PersonInArticle> authors(ArticleView view) {
        return view.people().stream().filter(person -> person.role() == PersonRole.AUTHOR).toList();
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }
}
