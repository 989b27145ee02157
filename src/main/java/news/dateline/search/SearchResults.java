package news.dateline.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.tag.TagKind;

/** The answer of {@code GET /api/v1/search}: the best articles, tags and people for a query, each list best first. */
public record SearchResults(String query, List<ArticleHit> articles, List<TagHit> tags, List<PersonHit> people) {

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
