package news.dateline.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import news.dateline.web.Json;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes a {@link Feed} in one format, as the bytes that are sent and tagged. Nothing in them depends on when they
 * are written (no generation time), so the same feed gets the same bytes and the same ETag on every instance.
 */
@Singleton
class FeedWriter {

    private final ObjectMapper mapper;

    FeedWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    byte[] write(Feed feed, FeedFormat format, String selfUrl) {
        return switch (format) {
            case RSS -> xml(RssFeed.of(XmlText.clean(feed), selfUrl));
            case ATOM -> xml(AtomFeed.of(XmlText.clean(feed), selfUrl));
            case JSON -> Json.bytes(mapper, JsonFeed.of(feed, selfUrl));
        };
    }

    private static byte[] xml(WireFeed feed) {
        try {
            // Raw, not Rome's compact or pretty output: both rewrite whitespace inside text, which would collapse a
            // body's <pre> blocks and line breaks. No indentation either: programs read feeds.
            Document document = new WireFeedOutput().outputJDom(feed);
            return new XMLOutputter(Format.getRawFormat().setEncoding("UTF-8")).outputString(document)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("A feed could not be written", e);
        }
    }
}
