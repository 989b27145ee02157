package news.dateline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apptasticsoftware.rssreader.Item;
import com.apptasticsoftware.rssreader.RssReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Reads feeds as their consumers do, with none of the code that wrote them (Rome): the JDK's XML parser and XPath
 * for the structure RSS 2.0 and RFC 4287 require, rssreader for what a feed reader makes of them, and a JSON Schema
 * of JSON Feed 1.1 (written from the spec) for JSON.
 */
final class FeedDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Map<String, String> NAMESPACES = Map.of("atom", ATOM,
            "content", "http://purl.org/rss/1.0/modules/content/", "dc", "http://purl.org/dc/elements/1.1/");
    private static final String RFC_3339 = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema JSON_FEED = jsonFeedSchema();

    private FeedDocuments() {
    }

    /** Parses XML as a namespace-aware reader that refuses DTDs would. */
    static Document xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<String> strings(Document document, String expression) {
        try {
            NodeList nodes = (NodeList) xpath().evaluate(expression, document, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent());
            }
            return values;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    static String string(Document document, String expression) {
        List<String> values = strings(document, expression);
        assertEquals(1, values.size(), () -> expression + " should match once, matched " + values);
        return values.get(0);
    }

    /** What RSS 2.0 requires of a channel and its items, and the dates it says are RFC 822. */
    static void assertRss20(Document rss) {
        assertEquals("2.0", string(rss, "/rss/@version"));
        assertEquals(1, strings(rss, "/rss/channel").size());
        for (String required : List.of("title", "link", "description")) {
            assertFalse(string(rss, "/rss/channel/" + required).isBlank(), "channel " + required);
        }
        int items = strings(rss, "/rss/channel/item").size();
        for (int i = 1; i <= items; i++) {
            String item = "/rss/channel/item[" + i + "]";
            assertFalse(string(rss, item + "/title").isBlank(), item + " has a title");
            assertFalse(string(rss, item + "/guid").isBlank(), item + " has a guid");
            ZonedDateTime.parse(string(rss, item + "/pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
        }
        strings(rss, "/rss/channel/lastBuildDate")
                .forEach(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    /** What RFC 4287 requires of a feed and its entries (4.1.1, 4.1.2), with RFC 3339 dates. */
    static void assertAtom10(Document atom) {
        assertEquals(ATOM, atom.getDocumentElement().getNamespaceURI());
        assertEquals("feed", atom.getDocumentElement().getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertFalse(string(atom, "/atom:feed/atom:" + required).isBlank(), "feed " + required);
        }
        OffsetDateTime.parse(string(atom, "/atom:feed/atom:updated"));
        assertEquals(1, strings(atom, "/atom:feed/atom:link[@rel='self']/@href").size(), "one self link");
        boolean feedAuthor = !strings(atom, "/atom:feed/atom:author").isEmpty();
        int entries = strings(atom, "/atom:feed/atom:entry").size();
        for (int i = 1; i <= entries; i++) {
            String entry = "/atom:feed/atom:entry[" + i + "]";
            for (String required : List.of("id", "title", "updated")) {
                assertFalse(string(atom, entry + "/atom:" + required).isBlank(), entry + " " + required);
            }
            OffsetDateTime.parse(string(atom, entry + "/atom:updated"));
            strings(atom, entry + "/atom:published").forEach(OffsetDateTime::parse);
            assertTrue(feedAuthor || !strings(atom, entry + "/atom:author/atom:name").isEmpty(),
                    entry + " has an author, or the feed has one");
            assertTrue(strings(atom, entry + "/atom:content").size() <= 1, entry + " has at most one content");
        }
    }

    /** The items a feed reader (rssreader) finds in RSS or Atom. */
    static List<Item> read(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); Stream<Item> items = new RssReader().read(in)) {
            return items.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a JSON Feed against the JSON Feed 1.1 schema and returns it parsed. */
    static JsonNode assertJsonFeed11(byte[] bytes) {
        try {
            JsonNode feed = JSON.readTree(bytes);
            ProcessingReport report = JSON_FEED.validate(feed, true);
            assertTrue(report.isSuccess(), () -> "not JSON Feed 1.1: " + report);
            // The spec's dates are RFC 3339, with an offset: checked whatever the validator makes of date-time.
            for (JsonNode item : feed.get("items")) {
                for (String date : List.of("date_published", "date_modified")) {
                    if (item.has(date)) {
                        assertTrue(item.get(date).asText().matches(RFC_3339), () -> date + ": " + item.get(date));
                        OffsetDateTime.parse(item.get(date).asText());
                    }
                }
            }
            return feed;
        } catch (IOException | ProcessingException e) {
            throw new AssertionError("not a JSON Feed: " + e.getMessage(), e);
        }
    }

    private static JsonSchema jsonFeedSchema() {
        try (InputStream in = FeedDocuments.class.getResourceAsStream("jsonfeed-1.1.schema.json")) {
            return JsonSchemaFactory.byDefault().getJsonSchema(JSON.readTree(in));
        } catch (IOException | ProcessingException e) {
            throw new IllegalStateException("the JSON Feed schema could not be read", e);
        }
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
        return xpath;
    }
}
