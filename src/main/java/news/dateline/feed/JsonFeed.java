package news.dateline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A {@link Feed} as JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the spec's snake_case names, absent rather
 * than null where there is no value, dates in RFC 3339.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl, String description, String language, List<Item> items) {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    static JsonFeed of(Feed feed, String selfUrl) {
        return new JsonFeed(VERSION, feed.title(), feed.homeUrl(), selfUrl, feed.description(), feed.language(),
                feed.items().stream().map(Item::of).toList());
    }

    /** One article: {@code id} is its {@code urn:uuid}, {@code tags} the names of its tags. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml, String summary,
            String image, @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified, List<Author> authors, List<String> tags,
            String language) {

        static Item of(Feed.Item item) {
            return new Item(item.id(), item.url(), item.title(), item.contentHtml(), item.summary(), item.image(),
                    item.published(), item.updated(),
                    item.authors().stream().map(a -> new Author(a.name(), a.url())).toList(),
                    item.categories().stream().map(Feed.Category::label).toList(), item.language());
        }
    }

    /** A byline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, String url) {
    }
}
