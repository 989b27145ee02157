package news.dateline.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.catalogue.ResourceKind;
import news.dateline.tag.TagKind;
import news.dateline.web.SurrogateKeyed;

/**
 * The answer of {@code GET /api/v1/search}: the best articles, tags and people for a query, each list best first;
 * {@code complete} is false when the articles are only those whose title, subtitle or excerpt match (the bodies
 * could not be read in the time or at the load allowed), so a client knows that asking again may find more.
 */
public record SearchResults(String query, List<ArticleHit> articles, boolean complete, List<TagHit> tags,
        List<PersonHit> people)
        implements SurrogateKeyed {

    /** "search", so that a change can drop every cached search, and what the hits show. */
    @Override
    public Stream<String> surrogateKeys() {
        return Stream.of(Stream.of("search"), articles.stream().map(a -> ResourceKind.ARTICLE.surrogateKey(a.id())),
                tags.stream().map(t -> ResourceKind.TAG.surrogateKey(t.id())),
                people.stream().map(p -> ResourceKind.PERSON.surrogateKey(p.id())))
                .flatMap(keys -> keys);
    }

    /** An article that matches, with an HTML-safe {@code highlight} that marks the hits with {@code <mark>}. */
    public record ArticleHit(UUID id, String slug, String title, String excerpt, Instant publishedAt, double rank,
            String highlight) {
    }

    /** A tag whose name or an alias matches. */
    public record TagHit(UUID id, String slug, String name, TagKind kind, double rank) {
    }

    /** A person whose name or an alias matches. */
    public record PersonHit(UUID id, String slug, String name, String title, double rank) {
    }
}
