package news.dateline.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ChangeLog;
import news.dateline.catalogue.ResourceKind;
import news.dateline.catalogue.SlugRules;
import news.dateline.catalogue.Slugged;
import news.dateline.catalogue.SluggedService;
import news.dateline.content.MarkdownRenderer;
import news.dateline.content.RenderedBody;
import news.dateline.person.Person;
import news.dateline.person.PersonRepository;
import news.dateline.search.Highlights;
import news.dateline.tag.Tag;
import news.dateline.tag.TagRepository;
import news.dateline.web.FieldError;
import news.dateline.web.Listed;
import news.dateline.web.Listing;
import news.dateline.web.MergePatcher;
import news.dateline.web.PageRequest;
import news.dateline.web.ProblemException;
import news.dateline.web.Rendered;

/**
 * Writing and reading articles: renders the Markdown, resolves tags and people, runs the status rules,
 * and shows unpublished work only to callers whose {@link Visibility} includes it.
 */
@Singleton
public class ArticleService extends SluggedService<Article, NewArticle, ArticleView> {

    /** Derived excerpts stay short enough for a card or a feed item. */
    static final int EXCERPT_LENGTH = 300;

    private final ArticleRepository articles;
    private final TagRepository tags;
    private final PersonRepository people;
    private final MarkdownRenderer renderer;
    private final ArticleDocuments documents;
    private final LinkCounters counters;
    private final ObjectMapper mapper;

    ArticleService(ArticleRepository articles, TagRepository tags, PersonRepository people,
            MarkdownRenderer renderer, ArticleDocuments documents, LinkCounters counters, MergePatcher patcher,
            Event<Change> changes, ChangeLog changeLog, ObjectMapper mapper) {
        super(articles, patcher, changes, changeLog, NewArticle.class, ResourceKind.ARTICLE,
                Map.of("article_slug_key", "slug"));
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.renderer = renderer;
        this.documents = documents;
        this.counters = counters;
        this.mapper = mapper;
    }

    @Transactional
    public ArticleView get(String ref, Visibility visibility, Set<ArticleFormat> formats) {
        Article article = articles.findWithLinks(ref)
                .filter(a -> shows(visibility, a))
                .orElseThrow(() -> ProblemException.notFound("article", ref));
        return ArticleView.of(article, formats);
    }

    /**
     * The public's default view of a published article (HTML body, every field) as it was stored when last written:
     * one row, no transaction. Stored documents are {@link Visibility#PUBLIC}'s view, so empty for any other, and when
     * none is stored or it is being rendered again.
     */
    public Optional<Rendered> storedView(String ref, Visibility visibility) {
        return visibility == Visibility.PUBLIC ? documents.find(ref).map(ArticleDocument::view) : Optional.empty();
    }

    /** Whether a caller of this visibility sees this article: published ones, unless it sees unpublished too. */
    private static boolean shows(Visibility visibility, Article article) {
        return visibility.includesUnpublished() || article.getStatus() == ArticleStatus.PUBLISHED;
    }

    /**
     * One page of a list: one statement resolves the tags and people it is filtered by, one finds the page's ids
     * (and one the total, for numbered pages), and one reads their stored documents; or, when the public's items are
     * not all stored or the list is a search or for an editor, one loads the articles, and one each loads the tags
     * and people when they are included: a constant number whatever the limit.
     *
     * @param whole whether items go out whole (no {@code fields=}), as stored documents can serve them
     */
    @Transactional
    public Listing<Listed> list(ArticleFilter filter, PageRequest page, Visibility visibility, Set<ArticlePart> parts,
            Set<ArticleFormat> formats, boolean whole) {
        boolean publishedOnly = !visibility.includesUnpublished();
        Optional<ArticleLinks> links = articles.links(filter);
        List<ArticleRepository.Row> rows = links.map(l -> articles.rows(filter, l, page, publishedOnly))
                .orElse(List.of());
        Listing<ArticleRepository.Row> listing = page.numbered()
                ? Listing.numbered(rows, links.map(l -> articles.count(filter, l, publishedOnly)).orElse(0L))
                : Listing.keyset(rows, page, filter.scope(), ArticleRepository.Row::key, ArticleRepository.Row::id);
        List<UUID> ids = listing.items().stream().map(ArticleRepository.Row::id).toList();
        if (whole && visibility == Visibility.PUBLIC && filter.query() == null
                && formats.equals(ArticleDocument.FORMATS)) {
            Map<UUID, ArticleDocument> stored = documents.findAll(ids);
            if (stored.size() == ids.size()) {
                return listing.map(row -> stored.get(row.id()).item(parts));
            }
        }
        Map<UUID, Article> loaded = new HashMap<>();
        articles.inOrder(ids).forEach(a -> loaded.put(a.getId(), a));
        return listing.map(row -> (Listed) ArticleSummary.of(loaded.get(row.id()), parts, formats,
                Highlights.toHtml(row.snippet())));
    }

    /**
     * These articles as {@code GET /api/v1/articles/{id}} shows them to a caller of this visibility (the public:
     * HTML; editors: HTML and Markdown), as JSON by id; those it may not see (gone, or unpublished for the public) are
     * absent. The public's published articles come from their stored documents in one statement; the rest are loaded
     * one by one.
     */
    @Transactional
    public Map<UUID, String> currentJson(List<UUID> ids, Visibility visibility) {
        Map<UUID, String> found = new HashMap<>();
        if (visibility == Visibility.PUBLIC) {
            documents.findAll(ids).forEach((id, document) -> found.put(id, document.view().json()));
        }
        Set<ArticleFormat> formats = visibility.includesUnpublished()
                ? EnumSet.of(ArticleFormat.HTML, ArticleFormat.MARKDOWN) : ArticleDocument.FORMATS;
        for (UUID id : ids) {
            if (!found.containsKey(id)) {
                articles.findWithLinks(id.toString())
                        .filter(a -> shows(visibility, a))
                        .ifPresent(a -> found.put(id, json(ArticleView.of(a, formats))));
            }
        }
        return found;
    }

    private String json(ArticleView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an article view could not be written as JSON", e);
        }
    }

    /**
     * The newest published articles, whole as readers see them (HTML body, tags, people), for feeds: those carrying
     * every tag and linked (in any role) to every person named, by id or slug, newest published first. The same
     * statements as a public list's page (a tag's or person's walks only its own newest link rows), then the
     * articles and, in one batch each, their tags and people: a constant number whatever the limit.
     */
    @Transactional
    public List<ArticleView> newestPublished(List<String> tagRefs, List<String> personRefs, int limit) {
        ArticleFilter filter = new ArticleFilter(List.copyOf(tagRefs), List.of(), List.copyOf(personRefs), List.of(),
                null, Set.of(), null, null, null, null, ArticleSort.NEWEST);
        // A numbered first page reads exactly `limit` rows: a feed has no next page to look ahead for.
        PageRequest first = new PageRequest(1, limit, null);
        // Published only: a feed is for the public (Visibility.PUBLIC), whoever asks for it.
        List<UUID> ids = articles.links(filter).map(l -> articles.rows(filter, l, first, true)).orElse(List.of())
                .stream().map(ArticleRepository.Row::id).toList();
        return articles.inOrder(ids).stream().map(a -> ArticleView.of(a, ArticleDocument.FORMATS)).toList();
    }

    /**
     * Publishes up to {@code limit} scheduled articles whose {@code publishAt} has passed, each as an editor's write
     * would (a new version, its document rendered, caches told); {@code publishedAt} is their {@code publishAt}.
     *
     * @return how many were published
     */
    @Transactional
    @ActivateRequestContext // runs off any request (the scheduler, a second instance in tests): Hibernate needs one
    public int publishDue(Instant now, int limit) {
        List<Article> due = articles.due(now, limit);
        for (Article article : due) {
            counters.lockLinksOf(article);
            article.moveTo(ArticleStatus.PUBLISHED, article.getPublishAt(), now);
            article.touch(now);
        }
        articles.flush();
        changed(due.stream().map(a -> change(a, Change.Action.UPSERT, false, true)).toList(), List.of());
        return due.size();
    }

    @Override
    protected void removing(Article article) {
        counters.lockLinksOf(article);
    }

    @Override
    protected boolean isPublic(Article article) {
        return article.getStatus() == ArticleStatus.PUBLISHED;
    }

    @Override
    protected Article newEntity(Instant now) {
        return new Article(now);
    }

    @Override
    protected NewArticle formOf(Article article) {
        return NewArticle.of(article);
    }

    @Override
    protected ArticleView view(Article article) {
        return ArticleView.of(article, ArticleFormat.forWriters());
    }

    @Override
    protected void apply(Article article, NewArticle input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<Tag> tagList = resolveTags(orEmpty(input.tags()), errors);
        List<RoleOf> roles = resolvePeople(orEmpty(input.people()), errors);
        ArticleStatus status = Objects.requireNonNullElse(input.status(), ArticleStatus.DRAFT);
        ArticleStatus from = Objects.requireNonNullElse(article.getStatus(), ArticleStatus.DRAFT); // new: a draft
        if (!from.next().contains(status)) {
            errors.add(new FieldError("status", "cannot go from " + from + " to " + status + ": "
                    + (status == ArticleStatus.ARCHIVED ? "only a published article is archived"
                    : "a published or archived article goes back to draft before it is scheduled")));
        }
        if (status == ArticleStatus.SCHEDULED && input.publishAt() == null) {
            errors.add(new FieldError("publishAt", "is required when status is scheduled"));
        }
        if (status == ArticleStatus.PUBLISHED && input.publishAt() != null && input.publishAt().isAfter(now)) {
            errors.add(new FieldError("publishAt", "is in the future: use status scheduled to publish later"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String slug = SlugRules.resolveNumbered(input.slug(), article.getSlug(), input.title(),
                taken -> articles.slugTaken(taken, article.getId()), ResourceKind.ARTICLE);
        article.describe(slug, input.title().strip(), blankToNull(input.subtitle()),
                languageTag(Objects.requireNonNullElse(input.language(), "en")), blankToNull(input.datelinePlace()),
                input.featuredImage(), input.canonicalUrl());
        String markdown = Objects.requireNonNullElse(input.body(), "");
        RenderedBody rendered = renderer.render(markdown);
        String excerpt = blankToNull(input.excerpt());
        article.write(markdown, rendered,
                excerpt != null ? excerpt : MarkdownRenderer.excerpt(rendered.text(), EXCERPT_LENGTH), excerpt == null);
        // Counters change only when a link is added, dropped or moved, or the article's publication changes (its
        // status, or its first publishedAt). An edit of its text changes none of them and locks none: edits of
        // articles that share a popular tag would otherwise queue behind one another's transactions.
        boolean publicationMoves = status != from
                || (status == ArticleStatus.PUBLISHED && article.getPublishedAt() == null);
        if (publicationMoves || !article.linksAre(tagList, roles)) {
            Set<UUID> tagIds = new HashSet<>();
            article.getTags().forEach(link -> tagIds.add(link.getTag().getId()));
            tagList.forEach(tag -> tagIds.add(tag.getId()));
            Set<UUID> personIds = new HashSet<>();
            article.getPeople().forEach(link -> personIds.add(link.getPerson().getId()));
            roles.forEach(role -> personIds.add(role.person().getId()));
            counters.lock(tagIds, personIds); // before the first link or status change is written
        }
        article.moveTo(status, input.publishAt(), now);
        article.touch(now);
        article.retag(tagList);
        article.relink(roles);
    }

    private List<Tag> resolveTags(List<String> refs, List<FieldError> errors) {
        List<Tag> resolved = match(refs, tags.findByRefs(refs), i -> "tags[" + i + "]", "tag", errors);
        Set<Tag> seen = new HashSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) != null && !seen.add(resolved.get(i))) {
                errors.add(new FieldError("tags[" + i + "]", "names a tag already listed"));
            }
        }
        return resolved;
    }

    private List<RoleOf> resolvePeople(List<PersonLink> links, List<FieldError> errors) {
        List<String> refs = links.stream().map(PersonLink::person).toList();
        List<Person> resolved = match(refs, people.findByRefs(refs), i -> "people[" + i + "].person", "person", errors);
        List<RoleOf> roles = new ArrayList<>();
        Set<RoleOf> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            RoleOf role = new RoleOf(resolved.get(i), links.get(i).role());
            if (role.person() != null && !seen.add(role)) {
                errors.add(new FieldError("people[" + i + "]", "links the same person in the same role twice"));
            }
            roles.add(role);
        }
        return roles;
    }

    /** Pairs each reference with what one query found, in request order; an unknown reference is an error. */
    private static <E extends Slugged> List<E> match(List<String> refs, List<E> found, IntFunction<String> fieldAt,
            String what, List<FieldError> errors) {
        List<E> matched = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            E match = found.stream().filter(e -> e.isNamedBy(ref)).findFirst().orElse(null);
            if (match == null) {
                errors.add(new FieldError(fieldAt.apply(i), "no " + what + " with id or slug '" + ref + "'"));
            }
            matched.add(match);
        }
        return matched;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** BCP 47 tags are case-insensitive: store them in their canonical case ("pt-BR"), as filters look them up. */
    static String languageTag(String tag) {
        return Locale.forLanguageTag(tag).toLanguageTag();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
