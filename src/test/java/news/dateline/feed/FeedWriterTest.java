package news.dateline.feed;

import static news.dateline.feed.FeedDocuments.assertAtom10;
import static news.dateline.feed.FeedDocuments.assertJsonFeed11;
import static news.dateline.feed.FeedDocuments.assertRss20;
import static news.dateline.feed.FeedDocuments.string;
import static news.dateline.feed.FeedDocuments.strings;
import static news.dateline.feed.FeedDocuments.xml;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Writing feeds without booting Quarkus: the same feed makes the same bytes, and no text can break the XML. */
class FeedWriterTest {

    private static final String SELF = "https://api.test.example/feeds/articles.rss";
    private final FeedWriter writer = new FeedWriter(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void theSameFeedIsWrittenToTheSameBytes() {
        for (FeedFormat format : FeedFormat.values()) {
            assertArrayEquals(writer.write(feed("Malta"), format, SELF), writer.write(feed("Malta"), format, SELF),
                    format.name());
        }
    }

    @Test
    void controlCharactersInTextNeverBreakTheXml() {
        Feed feed = feed("Bell\u0007 and escape\u001B in a title");
        Document rss = xml(writer.write(feed, FeedFormat.RSS, SELF));
        assertRss20(rss);
        assertEquals("Bell and escape in a title", string(rss, "/rss/channel/item/title"));
        Document atom = xml(writer.write(feed, FeedFormat.ATOM, SELF));
        assertAtom10(atom);
        assertEquals("Bell and escape in a title",
                string(atom, "/atom:feed/atom:entry/atom:title"));
        // JSON can carry them: it gets the title as written.
        assertEquals(feed.items().get(0).title(),
                assertJsonFeed11(writer.write(feed, FeedFormat.JSON, SELF)).get("items").get(0).get("title").asText());
    }

    @Test
    void bodiesKeepTheirWhitespace() {
        String body = "<p>Two  spaces</p>\n<pre><code>line one\n    indented\n</code></pre>";
        Feed.Item item = feed("Malta").items().get(0);
        Feed feed = new Feed("Dateline", "The latest", "https://news.test.example", "en", item.published(),
                item.published(), List.of(new Feed.Item(item.id(), item.url(), item.title(), item.summary(), body,
                        item.published(), item.updated(), item.language(), null, item.authors(),
                        item.categories())), "articles");
        Document rss = xml(writer.write(feed, FeedFormat.RSS, SELF));
        assertEquals(body, string(rss, "/rss/channel/item/content:encoded"));
        Document atom = xml(writer.write(feed, FeedFormat.ATOM, SELF));
        assertEquals(body, string(atom, "/atom:feed/atom:entry/atom:content"));
    }

    @Test
    void anEmptyFeedIsStillAValidFeedInEveryFormat() {
        Feed empty = new Feed("Dateline", "Nothing yet", "https://news.test.example", "en", null, null, List.of(),
                "articles");
        Document rss = xml(writer.write(empty, FeedFormat.RSS, SELF));
        assertRss20(rss);
        assertEquals(List.of(), strings(rss, "/rss/channel/lastBuildDate"));
        Document atom = xml(writer.write(empty, FeedFormat.ATOM, SELF));
        assertAtom10(atom);
        assertEquals("1970-01-01T00:00:00Z", string(atom, "/atom:feed/atom:updated"));
        assertEquals(0, assertJsonFeed11(writer.write(empty, FeedFormat.JSON, SELF)).get("items").size());
    }

    private static Feed feed(String title) {
        Instant published = Instant.parse("2024-12-05T08:00:00Z");
        return new Feed("Dateline", "The latest articles", "https://news.test.example", "en", published,
                published, List.of(new Feed.Item("urn:uuid:0b6f3c2e-8a4d-4f1e-9c7b-5d2a1e3f4a60",
                        "https://news.test.example/articles/malta", title, "An excerpt", "<p>A body</p>", published,
                        published, "en", null, List.of(new Feed.Author("Dateline", "https://news.test.example")),
                        List.of(new Feed.Category("osce", "OSCE", "https://news.test.example/tags/osce")))),
                "articles article:0b6f3c2e-8a4d-4f1e-9c7b-5d2a1e3f4a60");
    }
}
