package news.dateline.sitemap;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Test shorthand for reading the sitemaps as a crawler does: fetch one, check it against the protocol's XML schemas
 * (src/test/resources/sitemaps), and read its entries.
 */
public final class Sitemaps {

    public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The test profile's public site ({@code %test.dateline.site.base-url}). */
    public static final String SITE = "https://news.test.example";

    static final Schema INDEX = schema("siteindex.xsd");
    public static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /** A page, whose articles may carry hreflang alternates ({@code <xhtml:link>}). */
    static final Schema URLSET = schema("sitemap.xsd", "xhtml-link.xsd");
    static final Schema NEWS = schema("sitemap.xsd", "sitemap-news.xsd");

    private Sitemaps() {
    }

    /** The sitemap index, valid against siteindex.xsd. */
    public static Document index() {
        return index(RestAssured::given);
    }

    /** The same, asked by this caller (a key in the request, say). */
    public static Document index(Supplier<RequestSpecification> caller) {
        return valid(xml("/sitemap.xml", caller), INDEX);
    }

    /** A page of a sitemap by its path, valid against sitemap.xsd (and XHTML's link, for alternates). */
    public static Document page(String path) {
        return fetch(path, URLSET);
    }

    /**
     * The news sitemap, valid against sitemap.xsd with Google's news extension; or, when no article is recent enough,
     * an empty {@code <urlset>}. The schema wants one {@code <url>} at least, but a news sitemap that is listed in the
     * index and submitted to Google must answer at quiet times too: empty, it says "nothing new", where a 404 reads
     * as a broken sitemap (the service's choice, see SitemapService#news).
     */
    public static Document news() {
        return news(RestAssured::given);
    }

    /** The same, asked by this caller (a key in the request, say). */
    public static Document news(Supplier<RequestSpecification> caller) {
        String xml = xml("/sitemaps/news.xml", caller);
        Document parsed = parse(xml);
        if (urls(parsed).isEmpty()) {
            assertEquals(SITEMAP_NS, parsed.getDocumentElement().getNamespaceURI());
            assertEquals("urlset", parsed.getDocumentElement().getLocalName());
            return parsed;
        }
        return valid(xml, NEWS);
    }

    /** The root-relative paths of the sitemaps an index lists. */
    public static List<String> listed(Document index) {
        return texts(index, SITEMAP_NS, "loc").stream().map(loc -> {
            assertTrue(loc.startsWith(SITE + "/"), () -> loc + " is not on the public site");
            return URI.create(loc).getRawPath();
        }).toList();
    }

    /** The paths of the pages of one kind ({@code articles}, {@code tags}, {@code people}), in the index's order. */
    public static List<String> pagesOf(Document index, String kind) {
        return listed(index).stream().filter(path -> path.startsWith("/sitemaps/" + kind + "-")).toList();
    }

    /** Every URL the pages of one kind list, page after page. */
    public static List<String> urlsOf(String kind) {
        return urlsOf(kind, RestAssured::given);
    }

    /** The same, asked by this caller (a key in the request, say). */
    public static List<String> urlsOf(String kind, Supplier<RequestSpecification> caller) {
        List<String> urls = new ArrayList<>();
        pagesOf(index(caller), kind).forEach(path -> urls.addAll(locs(valid(xml(path, caller), URLSET))));
        return urls;
    }

    /** The {@code href} of every hreflang alternate ({@code <xhtml:link>}) in every page of a kind's sitemap. */
    public static List<String> alternatesOf(String kind, Supplier<RequestSpecification> caller) {
        List<String> hrefs = new ArrayList<>();
        pagesOf(index(caller), kind).forEach(path -> {
            var links = valid(xml(path, caller), URLSET).getElementsByTagNameNS(XHTML_NS, "link");
            for (int i = 0; i < links.getLength(); i++) {
                hrefs.add(links.item(i).getAttributes().getNamedItem("href").getNodeValue());
            }
        });
        return hrefs;
    }

    /** The {@code <loc>} of each {@code <url>} (or {@code <sitemap>}), in order. */
    public static List<String> locs(Document document) {
        return texts(document, SITEMAP_NS, "loc");
    }

    /** The text of every element of this name, in document order. */
    public static List<String> texts(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The {@code <url>} elements of a page. */
    public static List<Element> urls(Document document) {
        NodeList nodes = document.getElementsByTagNameNS(SITEMAP_NS, "url");
        List<Element> urls = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            urls.add((Element) nodes.item(i));
        }
        return urls;
    }

    /** The text of the one child element of this name. */
    public static String child(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        assertEquals(1, nodes.getLength(), () -> "one " + name + " expected");
        return nodes.item(0).getTextContent();
    }

    /** Parses XML, failing the test unless it is valid against the schema. */
    public static Document valid(String xml, Schema schema) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Not valid against the protocol's schema: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return parse(xml);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException | ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document fetch(String path, Schema schema) {
        return valid(xml(path, RestAssured::given), schema);
    }

    private static String xml(String path, Supplier<RequestSpecification> caller) {
        return caller.get().accept("application/xml").get(path).then().statusCode(200)
                .header("Content-Type", startsWith("application/xml"))
                .extract().asString();
    }

    private static Schema schema(String... files) {
        try {
            Source[] sources = new Source[files.length];
            for (int i = 0; i < files.length; i++) {
                sources[i] = new StreamSource(Sitemaps.class.getResource("/sitemaps/" + files[i]).toExternalForm());
            }
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("The protocol's schemas do not load", e);
        }
    }
}
