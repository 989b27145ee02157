package news.dateline.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The documents are written by an XML API: whatever an editor typed, a sitemap stays valid and says it exactly. */
class SitemapXmlTest {

    @Test
    void hostileTitlesAndAddressesAreEscapedAndStayValid() {
        String title = "<b>Lavrov</b> & \"Blinken\" ]]> 'meet' \u0001in Malta \uD83C\uDDF2\uD83C\uDDF9";
        String loc = "https://news.test.example/articles/a?x=1&y=<2>";
        byte[] xml = SitemapXml.news("Dateline & Co <News>", List.of(new NewsUrl(loc,
                Instant.parse("2024-12-05T08:00:00.123456Z"), title, "en", Instant.parse("2024-12-05T08:00:00Z"))));
        Document news = Sitemaps.valid(new String(xml, StandardCharsets.UTF_8), Sitemaps.NEWS);
        assertEquals(List.of(loc), Sitemaps.locs(news));
        assertEquals(List.of("<b>Lavrov</b> & \"Blinken\" ]]> 'meet' in Malta \uD83C\uDDF2\uD83C\uDDF9"),
                Sitemaps.texts(news, Sitemaps.NEWS_NS, "title"), "only what XML cannot carry is dropped");
        assertEquals(List.of("Dateline & Co <News>"), Sitemaps.texts(news, Sitemaps.NEWS_NS, "name"));
        assertEquals(List.of("2024-12-05T08:00:00Z"), Sitemaps.texts(news, Sitemaps.SITEMAP_NS, "lastmod"));
    }

    @Test
    void anIndexAndAUrlsetAreValidAgainstTheProtocol() {
        Sitemaps.valid(new String(SitemapXml.index(List.of("https://news.test.example/sitemaps/articles-1.xml")),
                StandardCharsets.UTF_8), Sitemaps.INDEX);
        Sitemaps.valid(new String(SitemapXml.urlset(List.of(new SitemapUrl("https://news.test.example/tags/osce",
                Instant.parse("2024-12-05T08:00:00Z"), List.of()))), StandardCharsets.UTF_8), Sitemaps.URLSET);
    }

    @Test
    void alternatesAreXhtmlLinksValidAgainstTheSchemas() {
        String xml = new String(SitemapXml.urlset(List.of(new SitemapUrl("https://news.test.example/articles/a",
                Instant.parse("2024-12-05T08:00:00Z"), List.of(
                        new SitemapUrl.Alternate("en", "https://news.test.example/articles/a"),
                        new SitemapUrl.Alternate("sq", "https://news.test.example/articles/a-sq"),
                        new SitemapUrl.Alternate("x-default", "https://news.test.example/articles/a"))))),
                StandardCharsets.UTF_8);
        var document = Sitemaps.valid(xml, Sitemaps.URLSET);
        var links = document.getElementsByTagNameNS(Sitemaps.XHTML_NS, "link");
        assertEquals(3, links.getLength());
        assertEquals("sq", links.item(1).getAttributes().getNamedItem("hreflang").getNodeValue());
        assertEquals("alternate", links.item(1).getAttributes().getNamedItem("rel").getNodeValue());
    }
}
