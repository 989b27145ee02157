package news.dateline.article;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import news.dateline.tag.TagSummary;
import news.dateline.web.Keyed;

/** The surrogate keys of an article as shown: the article, and the tags and people embedded in it (if any). */
final class ArticleKeys {

    private ArticleKeys() {
    }

    static Stream<String> of(UUID article, List<TagSummary> tags, List<PersonInArticle> people) {
        return Stream.of(Stream.of(Keyed.key("article", article)),
                tags == null ? Stream.<String>empty() : tags.stream().map(t -> Keyed.key("tag", t.id())),
                people == null ? Stream.<String>empty() : people.stream().map(p -> Keyed.key("person", p.id())))
                .flatMap(keys -> keys);
    }
}
