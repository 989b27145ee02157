package news.dateline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ResourceKind;
import news.dateline.tag.TagSummary;

/**
 * Renders published articles into their stored {@link ArticleDocument}s: an article the service writes, in the
 * writing transaction (so the first read after the commit finds it); and, every
 * {@code dateline.documents.refresh-every}, those the database queued for other reasons (a tag or person changed, a
 * bulk load), in batches, on any instance.
 */
@ActivateRequestContext // off any request: Hibernate needs a request context to choose its database
@ApplicationScoped
class ArticleDocumentWriter {

    private final ArticleDocuments documents;
    private final ArticleRepository articles;
    private final ObjectMapper mapper;
    private final DocumentsConfig config;
    private final Translations translations;

    ArticleDocumentWriter(ArticleDocuments documents, ArticleRepository articles, ObjectMapper mapper,
            DocumentsConfig config, Translations translations) {
        this.documents = documents;
        this.articles = articles;
        this.mapper = mapper;
        this.config = config;
        this.translations = translations;
    }

    // In the writer's transaction, after its changes were flushed (and its triggers queued the article).
    void written(@Observes Change change) {
        if (documents.enabled() && change.kind() == ResourceKind.ARTICLE) {
            documents.lock(List.of(change.id()));
            render(List.of(change.id()));
        }
    }

    /** Renders what is queued, a batch per transaction, until the queue is empty or the run has taken long enough. */
    @Scheduled(every = "${dateline.documents.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        if (!documents.enabled()) {
            return;
        }
        Instant until = Instant.now().plus(config.refreshEvery());
        int rendered;
        do {
            rendered = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> claimed = documents.claim(config.batchSize());
                render(claimed);
                return claimed.size();
            });
        } while (rendered == config.batchSize() && Instant.now().isBefore(until));
    }

    /** Renders these articles from what is committed now (their queue rows held), and takes them off the queue. */
    private void render(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, List<TagSummary>> tags = documents.tagsOf(ids);
        Map<UUID, List<PersonInArticle>> people = documents.peopleOf(ids);
        List<Article> published = articles.inOrder(ids).stream()
                .filter(article -> article != null && article.getStatus() == ArticleStatus.PUBLISHED).toList();
        Map<UUID, List<TranslationLink>> versions = translations.of(published, false);
        documents.store(published.stream()
                .flatMap(article -> render(article, tags.getOrDefault(article.getId(), List.of()),
                        people.getOrDefault(article.getId(), List.of()),
                        versions.getOrDefault(article.getId(), List.of())).stream())
                .toList());
        documents.dequeue(ids);
    }

    /**
     * One article's document; none if it cannot be rendered, so that one bad article neither fails its writer's
     * transaction nor blocks the queue. Readers then get it rendered per read, as they would without the store.
     */
    private Optional<ArticleDocument> render(Article article, List<TagSummary> tags, List<PersonInArticle> people,
            List<TranslationLink> versions) {
        try {
            return Optional.of(ArticleDocument.render(article, tags, people, versions, mapper));
        } catch (RuntimeException e) {
            Log.errorf(e, "Article %s was not stored as a document; readers get it rendered per read", article.getId());
            return Optional.empty();
        }
    }
}
