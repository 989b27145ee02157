package news.dateline.article;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import news.dateline.catalogue.ResourceKind;
import news.dateline.revision.Revision;
import news.dateline.revision.RevisionComparison;
import news.dateline.revision.RevisionSummary;
import news.dateline.revision.Revisions;
import news.dateline.web.input.Refs;
import news.dateline.web.paging.Listing;
import news.dateline.web.paging.PageRequest;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/**
 * An article's kept revisions, for editors: by the article's id or slug while it exists, and by its id alone once it
 * is deleted (its history outlives it).
 */
@Singleton
class ArticleHistory {

    private final ArticleRepository articles;
    private final Revisions revisions;

    ArticleHistory(ArticleRepository articles, Revisions revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    /** What cursors of this article's history are bound to. */
    String scope(String ref) {
        return Revisions.scope(ResourceKind.ARTICLE, idOf(ref));
    }

    Listing<RevisionSummary> page(String ref, PageRequest request) {
        return revisions.page(ResourceKind.ARTICLE, idOf(ref), request);
    }

    Revision revision(String ref, long number) {
        return find(idOf(ref), ref, number);
    }

    /**
     * Revision {@code number} against revision {@code against}, or against the one kept before it (a first revision
     * is compared with nothing: an empty snapshot, so every field it has shows as added).
     */
    RevisionComparison compare(String ref, long number, Long against) {
        UUID id = idOf(ref);
        Revision revision = find(id, ref, number);
        if (against != null && against == number) {
            throw ProblemException.invalid(List.of(new FieldError("against",
                    "must name another revision than " + number)));
        }
        Long other = against != null ? against
                : revisions.before(ResourceKind.ARTICLE, id, number).stream().boxed().findFirst().orElse(null);
        Revision base = other == null ? null : find(id, ref, other);
        return RevisionComparison.of(revision, base, ArticleSnapshot.TEXT_FIELDS);
    }

    private Revision find(UUID id, String ref, long number) {
        return revisions.find(ResourceKind.ARTICLE, id, number).orElseThrow(() -> new ProblemException(
                ProblemKind.NOT_FOUND, "Article '" + ref + "' has no revision " + number));
    }

    /** The article's id: it exists now, or it existed and left its history behind. */
    private UUID idOf(String ref) {
        return articles.findByRef(ref).map(Article::getId)
                .or(() -> Refs.asId(ref).filter(id -> revisions.exists(ResourceKind.ARTICLE, id)))
                .orElseThrow(() -> ProblemException.notFound(ResourceKind.ARTICLE.wire(), ref));
    }
}
