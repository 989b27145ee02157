package news.dateline.article;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.catalogue.ResourceKind;
import news.dateline.tag.TagSummary;

/** The surrogate keys of an article as shown: the article, and the tags and people embedded in it (if any). */
final class ArticleSurrogateKeys {

    private ArticleSurrogateKeys() {
    }

    static Stream<String> of(UUID article, List<TagSummary> tags, List<PersonInArticle> people) {
        return Stream.of(Stream.of(ResourceKind.ARTICLE.surrogateKey(article)),
                tags == null ? Stream.<String>empty() : tags.stream().map(t -> ResourceKind.TAG.surrogateKey(t.id())),
                people == null ? Stream.<String>empty()
                        : people.stream().map(p -> ResourceKind.PERSON.surrogateKey(p.id())))
                .flatMap(keys -> keys);
    }
}
