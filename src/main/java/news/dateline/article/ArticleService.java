package news.dateline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.dateline.article.ArticleListPlanner.Row;
import news.dateline.auth.Visibility;
import news.dateline.catalogue.ResourceKind;
import news.dateline.facet.Facet;
import news.dateline.facet.FacetCounter;
import news.dateline.facet.FacetCounts;
import news.dateline.facet.FacetDimension;
import news.dateline.facet.FacetRequest;
import news.dateline.facet.FacetSource;
import news.dateline.facet.Facets;
import news.dateline.facet.FacetsConfig;
import news.dateline.search.Highlights;
import news.dateline.web.Json;
import news.dateline.web.paging.Listed;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.representation.Rendered;

/**
 * Reading articles, for the API and for the features that show them (feeds, JSON-LD, the change stream, webhooks):
 * unpublished work only to callers whose {@link Visibility} includes it, and stored documents wherever they may answer
 * ({@link ArticleDocuments#answers}). Writes are {@link ArticleWriteService}'s.
 */
@Singleton
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleListPlanner lists;
    private final ArticleDocuments documents;
    private final ObjectMapper mapper;
    private final Translations translations;
    private final FacetCounter counter;
    private final FacetsConfig facetsConfig;

    ArticleService(ArticleRepository articles, ArticleListPlanner lists, ArticleDocuments documents,
            ObjectMapper mapper, Translations translations, FacetCounter counter, FacetsConfig facetsConfig) {
        this.counter = counter;
        this.facetsConfig = facetsConfig;
        this.articles = articles;
        this.lists = lists;
        this.documents = documents;
        this.mapper = mapper;
        this.translations = translations;
    }

    @Transactional
    public ArticleView get(String ref, Visibility visibility, Set<ArticleFormat> formats) {
        Article article = articles.findWithLinks(ref)
                .filter(a -> shows(visibility, a))
                .orElseThrow(() -> ProblemException.notFound(ResourceKind.ARTICLE.wire(), ref));
        return ArticleView.of(article, formats, translations.of(article, visibility.includesUnpublished()));
    }

    /**
     * The article as it was stored when last written, when a stored document may answer this read: one row, no
     * transaction. Empty when none may, none is stored, or it is being rendered again: then {@link #get} answers.
     *
     * @param whole whether every field is asked for (no {@code fields=})
     */
    Optional<Rendered> storedView(String ref, Visibility visibility, Set<ArticleFormat> formats, boolean whole) {
        return ArticleDocuments.answers(visibility, formats, whole)
                ? documents.find(ref).map(ArticleDocument::view) : Optional.empty();
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
        Optional<ArticleLinks> links = lists.links(filter);
        ArticleListPlanner.Found found = links.map(l -> lists.page(filter, l, page, publishedOnly))
                .orElse(new ArticleListPlanner.Found(List.of(), 0L));
        Listing<Row> listing = page.numbered()
                ? Listing.numbered(found.rows(), found.total())
                : Listing.keyset(found.rows(), page, filter.scope(), Row::key, Row::id);
        List<UUID> ids = listing.items().stream().map(Row::id).toList();
        // A search's items carry a highlight, which no stored document has.
        if (ArticleDocuments.answers(visibility, formats, whole && filter.query() == null)) {
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
     * The facets of a list ({@code facets=}): for each dimension asked for, its top values among the articles the list
     * holds for this caller, and, when the list filters on that dimension, among those it would hold without that
     * filter. Not one transaction: each count runs in its own, bounded in time ({@link FacetCounter}), after the
     * tags and people each variant of the filter names are resolved.
     */
    public Facets facets(ArticleFilter filter, FacetRequest request, Visibility visibility) {
        boolean publishedOnly = !visibility.includesUnpublished();
        Instant deadline = counter.deadline();
        // The tag dimensions share one filter without their own: each variant is resolved once.
        Map<ArticleFilter, FacetSource> sources = new HashMap<>();
        FacetSource all = facetSource(filter, publishedOnly);
        Map<String, Facet> byDimension = new LinkedHashMap<>();
        for (FacetDimension dimension : request.dimensions()) {
            FacetCounts counts = counter.count(dimension, all, request.limit(), deadline);
            FacetCounts withoutOwnFilter = filter.filtersOn(dimension) ? counter.count(dimension,
                    sources.computeIfAbsent(filter.without(dimension), f -> facetSource(f, publishedOnly)),
                    request.limit(), deadline) : null;
            byDimension.put(dimension.toString(), Facet.of(counts, withoutOwnFilter));
        }
        return new Facets(byDimension);
    }

    private FacetSource facetSource(ArticleFilter filter, boolean publishedOnly) {
        return QuarkusTransaction.joiningExisting().call(() -> lists.links(filter))
                .map(links -> lists.facets(filter, links, publishedOnly, facetsConfig.sample()))
                .orElseGet(FacetSource::nothing);
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
        Set<ArticleFormat> formats = visibility.includesUnpublished()
                ? EnumSet.of(ArticleFormat.HTML, ArticleFormat.MARKDOWN) : ArticleDocument.FORMATS;
        if (ArticleDocuments.answers(visibility, formats, true)) {
            documents.findAll(ids).forEach((id, document) -> found.put(id, document.view().json()));
        }
        for (UUID id : ids) {
            if (!found.containsKey(id)) {
                articles.findWithLinks(id.toString())
                        .filter(a -> shows(visibility, a))
                        .ifPresent(a -> found.put(id, Json.string(mapper, ArticleView.of(a, formats,
                                translations.of(a, visibility.includesUnpublished())))));
            }
        }
        return found;
    }

    /**
     * The newest public notes on published articles, each with its article whole as readers see it, for the
     * corrections feed: one statement for the notes and their articles, then one batch each for their tags, people
     * and notes, whatever the limit.
     */
    @Transactional
    public List<Corrected> newestCorrections(int limit, String language) {
        List<Correction> notes = articles.newestCorrections(limit, language);
        Map<UUID, List<TranslationLink>> versions = translations.of(
                notes.stream().map(Correction::getArticle).distinct().toList(), false);
        return notes.stream().map(note -> new Corrected(CorrectionView.of(note),
                ArticleView.of(note.getArticle(), ArticleDocument.FORMATS,
                        versions.getOrDefault(note.getArticle().getId(), List.of())))).toList();
    }

    /**
     * The newest published articles, whole as readers see them (HTML body, tags, people), for feeds: those carrying
     * every tag and linked (in any role) to every person named, by id or slug, newest published first. The same
     * statements as a public list's page (a tag's or person's walks only its own newest link rows), then the
     * articles and, in one batch each, their tags and people: a constant number whatever the limit.
     */
    @Transactional
    public List<ArticleView> newestPublished(List<String> tagRefs, List<String> personRefs, String language,
            int limit) {
        ArticleFilter filter = new ArticleFilter(List.copyOf(tagRefs), List.of(), List.of(), List.copyOf(personRefs),
                List.of(), List.of(), language, Set.of(), null, null, null, null, ArticleSort.NEWEST);
        // A numbered first page reads exactly `limit` rows: a feed has no next page to look ahead for.
        PageRequest first = new PageRequest(1, limit, null);
        // Published only: a feed is for the public (Visibility.PUBLIC), whoever asks for it.
        List<UUID> ids = lists.links(filter).map(l -> lists.rows(filter, l, first, true)).orElse(List.of())
                .stream().map(Row::id).toList();
        List<Article> newest = articles.inOrder(ids);
        Map<UUID, List<TranslationLink>> versions = translations.of(newest, false);
        return newest.stream().map(a -> ArticleView.of(a, ArticleDocument.FORMATS,
                versions.getOrDefault(a.getId(), List.of()))).toList();
    }
}
