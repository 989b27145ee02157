package news.dateline.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import news.dateline.auth.Visibility;
import news.dateline.search.SearchRepository.Found;

/** Searching articles, tags and people at once; unpublished articles only when the {@link Visibility} includes them. */
@ApplicationScoped
class SearchService {

    /** The results and the latest change among what they show (null when nothing was found). */
    record Answer(SearchResults results, Instant lastModified) {
    }

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** Three statements, one per kind, whatever the limit (and one before them that analyses the query). */
    @Transactional
    Answer search(SearchRequest request, Visibility visibility) {
        SearchRepository.Articles found = repository.articles(request.parsed(), request.language(), request.limit(),
                !visibility.includesUnpublished());
        List<Found<SearchResults.ArticleHit>> articles = found.found();
        String names = NameQuery.text(request.parsed());
        List<Found<SearchResults.TagHit>> tags = repository.tags(names, request.limit());
        List<Found<SearchResults.PersonHit>> people = repository.people(names, request.limit());
        Instant lastModified = Stream.of(articles, tags, people).flatMap(List::stream)
                .map(Found::updatedAt).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new Answer(new SearchResults(request.query(), hits(articles), found.complete(), hits(tags),
                hits(people)), lastModified);
    }

    private static <T> List<T> hits(List<Found<T>> found) {
        return found.stream().map(Found::hit).toList();
    }
}
