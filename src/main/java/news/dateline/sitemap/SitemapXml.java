package news.dateline.sitemap;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the sitemaps protocol's documents (sitemaps.org 0.9, and Google's news extension) with StAX, which escapes
 * every value it is given: titles and URLs come from editors, and are never pasted into markup. One entry a line
 * (whitespace between elements means nothing to the protocol), for whoever reads one.
 */
final class SitemapXml {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String NEWS = "news";
    private static final String XHTML = "xhtml";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private SitemapXml() {
    }

    /** A {@code <sitemapindex>} of these sitemaps' absolute URLs. */
    static byte[] index(List<String> sitemaps) {
        return write(xml -> {
            start(xml, "sitemapindex");
            for (String sitemap : sitemaps) {
                xml.writeStartElement("", "sitemap", SITEMAP_NS);
                element(xml, SITEMAP_NS, "loc", sitemap);
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    /** A {@code <urlset>} of these pages, with their hreflang alternates as {@code <xhtml:link>}s. */
    static byte[] urlset(List<SitemapUrl> urls) {
        return write(xml -> {
            start(xml, "urlset");
            if (urls.stream().anyMatch(url -> !url.alternates().isEmpty())) {
                xml.setPrefix(XHTML, XHTML_NS);
                xml.writeNamespace(XHTML, XHTML_NS);
            }
            for (SitemapUrl url : urls) {
                xml.writeStartElement("", "url", SITEMAP_NS);
                element(xml, SITEMAP_NS, "loc", url.loc());
                element(xml, SITEMAP_NS, "lastmod", w3cDate(url.lastmod()));
                for (SitemapUrl.Alternate alternate : url.alternates()) {
                    xml.writeEmptyElement(XHTML, "link", XHTML_NS);
                    xml.writeAttribute("rel", "alternate");
                    xml.writeAttribute("hreflang", xmlText(alternate.hreflang()));
                    xml.writeAttribute("href", xmlText(alternate.href()));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    /** A {@code <urlset>} in Google News form: each article with its publication, date and title. */
    static byte[] news(String publication, List<NewsUrl> urls) {
        return write(xml -> {
            start(xml, "urlset");
            xml.setPrefix(NEWS, NEWS_NS);
            xml.writeNamespace(NEWS, NEWS_NS);
            for (NewsUrl url : urls) {
                xml.writeStartElement("", "url", SITEMAP_NS);
                element(xml, SITEMAP_NS, "loc", url.loc());
                element(xml, SITEMAP_NS, "lastmod", w3cDate(url.lastmod()));
                xml.writeStartElement(NEWS, "news", NEWS_NS);
                xml.writeStartElement(NEWS, "publication", NEWS_NS);
                element(xml, NEWS_NS, "name", publication);
                element(xml, NEWS_NS, "language", url.language());
                xml.writeEndElement();
                element(xml, NEWS_NS, "publication_date", w3cDate(url.publishedAt()));
                element(xml, NEWS_NS, "title", url.title());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        });
    }

    /** W3C Datetime (what {@code <lastmod>} takes) in UTC to the second: {@code 2024-12-05T08:00:00Z}. */
    static String w3cDate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Drops what XML 1.0 cannot carry at all, escaped or not (control characters, unpaired surrogates): StAX would
     * write them as they are, and one such character in a title would make the whole sitemap unreadable.
     */
    static String xmlText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(SitemapXml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static void start(XMLStreamWriter xml, String root) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAP_NS);
        xml.writeStartElement("", root, SITEMAP_NS);
        xml.writeDefaultNamespace(SITEMAP_NS);
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace.equals(NEWS_NS) ? NEWS : "", name, namespace);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            body.write(xml);
            xml.writeEndDocument(); // closes the root and anything left open
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A sitemap could not be written", e);
        }
        return bytes.toByteArray();
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
