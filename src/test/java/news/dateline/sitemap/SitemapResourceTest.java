package news.dateline.sitemap;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static news.dateline.sitemap.Sitemaps.NEWS_NS;
import static news.dateline.sitemap.Sitemaps.SITE;
import static news.dateline.sitemap.Sitemaps.SITEMAP_NS;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The sitemaps as a crawler reads them: valid against the protocol's schemas, listing exactly what readers may see at
 * its public address, in pages of the configured size (4 in the test profile), and changed at once by every write.
 */
@QuarkusTest
class SitemapResourceTest {

    /** {@code %test.dateline.sitemaps.page-size}. */
    private static final int PAGE_SIZE = 4;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theIndexListsEveryPageOfEveryKindAndTheNewsSitemap() {
        createTag("Indexed tag " + unique());
        createPerson("Indexed person " + unique());
        createArticle(Map.of("title", "Indexed " + unique(), "status", "published"));

        Document index = Sitemaps.index();
        List<String> listed = Sitemaps.listed(index);
        assertEquals("/sitemaps/news.xml", listed.get(listed.size() - 1));
        for (String kind : List.of("articles", "tags", "people")) {
            int total = totalOf(kind);
            int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            List<String> expected = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                expected.add("/sitemaps/" + kind + "-" + page + ".xml");
            }
            assertEquals(expected, Sitemaps.pagesOf(index, kind), kind + ": " + total + " rows");
        }
        assertEquals(listed.size(), new HashSet<>(listed).size(), "no sitemap listed twice");
    }

    @Test
    void articlePagesListExactlyThePublishedArticlesOldestFirstWithTheirPublicAddresses() {
        String s = unique();
        for (int i = 0; i < PAGE_SIZE + 1; i++) {
            createArticle(Map.of("title", "Paged " + i + " " + s, "status", "published"));
        }
        createArticle(Map.of("title", "Paged with its own address " + s, "status", "published",
                "canonicalUrl", "https://elsewhere.example/2024/12/05/paged-" + s));
        String draft = createArticle(Map.of("title", "Paged draft " + s)).path("slug");
        String scheduled = createArticle(Map.of("title", "Paged scheduled " + s, "status", "scheduled",
                "publishAt", "2999-01-01T00:00:00Z")).path("slug");

        // The article list (newest first, readers' view) is the independent account of what is published.
        List<Map<String, String>> published = listAll("/api/v1/articles?limit=100");
        Collections.reverse(published);
        Map<String, String> expected = new LinkedHashMap<>();
        published.forEach(a -> expected.put(a.get("canonicalUrl") != null ? a.get("canonicalUrl")
                : SITE + "/articles/" + a.get("slug"), lastmod(a.get("updatedAt"))));

        Map<String, String> listed = new LinkedHashMap<>();
        List<String> pages = Sitemaps.pagesOf(Sitemaps.index(), "articles");
        for (int i = 0; i < pages.size(); i++) {
            List<Element> urls = Sitemaps.urls(Sitemaps.page(pages.get(i)));
            if (i < pages.size() - 1) {
                assertEquals(PAGE_SIZE, urls.size(), pages.get(i) + " is not full");
            }
            assertThat(urls.size(), lessThanOrEqualTo(PAGE_SIZE));
            urls.forEach(url -> listed.put(Sitemaps.child(url, SITEMAP_NS, "loc"),
                    Sitemaps.child(url, SITEMAP_NS, "lastmod")));
        }
        assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(listed.entrySet()));
        assertThat(listed.keySet(), hasItem("https://elsewhere.example/2024/12/05/paged-" + s));
        assertThat(listed.keySet(), not(hasItem(SITE + "/articles/" + draft)));
        assertThat(listed.keySet(), not(hasItem(SITE + "/articles/" + scheduled)));
    }

    @Test
    void tagAndPersonPagesListEveryTagAndPerson() {
        String tag = createTag("Mapped tag " + unique()).path("slug");
        String person = createPerson("Mapped person " + unique()).path("slug");
        for (String kind : List.of("tags", "people")) {
            List<String> expected = listAll("/api/v1/" + kind + "?limit=100").stream()
                    .map(row -> SITE + "/" + kind + "/" + row.get("slug")).toList();
            List<String> listed = Sitemaps.urlsOf(kind);
            assertThat(listed, containsInAnyOrder(expected.toArray()));
            assertEquals(expected.size(), listed.size());
        }
        assertThat(Sitemaps.urlsOf("tags"), hasItem(SITE + "/tags/" + tag));
        assertThat(Sitemaps.urlsOf("people"), hasItem(SITE + "/people/" + person));
        String lastmod = given().get("/api/v1/tags/" + tag).then().extract().path("updatedAt");
        Document last = Sitemaps.page(lastOf("tags"));
        Sitemaps.urls(last).stream().filter(u -> Sitemaps.child(u, SITEMAP_NS, "loc").endsWith("/tags/" + tag))
                .forEach(u -> assertEquals(lastmod(lastmod), Sitemaps.child(u, SITEMAP_NS, "lastmod")));
    }

    @Test
    void pagesThatDoNotExistAreNotFoundProblems() {
        createTag("Past the end " + unique());
        for (String kind : List.of("articles", "tags", "people")) {
            int pages = Sitemaps.pagesOf(Sitemaps.index(), kind).size();
            for (String page : List.of(String.valueOf(pages + 1), "0", "01", "-1", "x", "999999999999")) {
                String path = "/sitemaps/" + kind + "-" + page + ".xml";
                given().accept("application/xml").get(path).then().statusCode(404)
                        .contentType(Api.PROBLEM)
                        .body("status", equalTo(404))
                        .body("type", equalTo("https://dateline.news/problems/not-found"))
                        .body("instance", equalTo(path));
            }
        }
        given().accept("application/xml").get("/sitemaps/unknown-1.xml").then().statusCode(404)
                .contentType(Api.PROBLEM);
    }

    @Test
    void publishingEditingAndWithdrawingAnArticleChangeTheSitemapsAtOnce() {
        String s = unique();
        var created = createArticle(Map.of("title", "Breaking " + s));
        String slug = created.path("slug");
        String url = SITE + "/articles/" + slug;
        String before = etagOf("/sitemaps/news.xml");
        assertThat(Sitemaps.urlsOf("articles"), not(hasItem(url)));

        String etag = mergePatch(created.header("ETag")).body(Map.of("status", "published"))
                .patch("/api/v1/articles/" + slug).then().statusCode(200).extract().header("ETag");
        assertThat(Sitemaps.urlsOf("articles"), hasItem(url));
        assertEquals(List.of("Breaking " + s), newsTitlesOf(url));
        given().accept("application/xml").header("If-None-Match", before).get("/sitemaps/news.xml").then()
                .statusCode(200);

        etag = mergePatch(etag).body(Map.of("title", "Breaking, updated " + s))
                .patch("/api/v1/articles/" + slug).then().statusCode(200).extract().header("ETag");
        assertEquals(List.of("Breaking, updated " + s), newsTitlesOf(url));

        mergePatch(etag).body(Map.of("status", "archived")).patch("/api/v1/articles/" + slug).then().statusCode(200);
        assertThat(Sitemaps.urlsOf("articles"), not(hasItem(url)));
        assertEquals(List.of(), newsTitlesOf(url));
    }

    @Test
    void theNewsSitemapHoldsTheLastTwoDaysWithPublicationNameAndLanguage() {
        String s = unique();
        String german = createArticle(Map.of("title", "Außenminister in Malta " + s, "language", "de",
                "status", "published")).path("slug");
        String brazilian = createArticle(Map.of("title", "Chanceleres em Malta " + s, "language", "pt-BR",
                "status", "published")).path("slug");
        String taiwanese = createArticle(Map.of("title", "馬爾他外長會議 " + s, "language", "zh-TW",
                "status", "published")).path("slug");
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        String older = createArticle(Map.of("title", "Three days old " + s, "status", "published",
                "publishAt", threeDaysAgo.toString())).path("slug");

        Document news = Sitemaps.news();
        Map<String, Element> byLoc = new LinkedHashMap<>();
        Sitemaps.urls(news).forEach(u -> byLoc.put(Sitemaps.child(u, SITEMAP_NS, "loc"), u));
        assertThat(Sitemaps.texts(news, NEWS_NS, "name"), everyItem(equalTo("Dateline")));
        assertEquals("de", language(byLoc.get(SITE + "/articles/" + german)));
        assertEquals("pt", language(byLoc.get(SITE + "/articles/" + brazilian)));
        assertEquals("zh-tw", language(byLoc.get(SITE + "/articles/" + taiwanese)));
        assertEquals("Außenminister in Malta " + s,
                Sitemaps.child(byLoc.get(SITE + "/articles/" + german), NEWS_NS, "title"));
        assertThat(byLoc.keySet(), not(hasItem(SITE + "/articles/" + older)));
        assertThat(Sitemaps.urlsOf("articles"), hasItem(SITE + "/articles/" + older)); // in the full sitemap

        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        List<Instant> dates = Sitemaps.texts(news, NEWS_NS, "publication_date").stream().map(Instant::parse).toList();
        dates.forEach(date -> assertTrue(date.isAfter(twoDaysAgo.minusSeconds(60)), date + " is older than 2 days"));
        List<Instant> newestFirst = new ArrayList<>(dates);
        newestFirst.sort(Collections.reverseOrder());
        assertEquals(newestFirst, dates);
    }

    /** The thousand newest of 1,001 fresh articles (written in one statement: a thousand POSTs would take long). */
    @Test
    void theNewsSitemapListsTheThousandNewestOnly() throws SQLException {
        String s = unique();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into article (id, slug, title, excerpt,"
                        + " excerpt_derived, body_markdown, body_html, body_text, language, status, published_at,"
                        + " created_at, updated_at, reading_time_minutes, word_count, version)"
                        + " select gen_random_uuid(), 'news-cap-' || ? || '-' || i, 'News cap ' || i, '', false, '',"
                        + " '', '', 'en', 'PUBLISHED', now() - i * interval '1 second', now(), now(), 0, 0, 0"
                        + " from generate_series(1, 1001) i")) {
            insert.setString(1, s);
            assertEquals(1001, insert.executeUpdate());
        }
        try {
            String since = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString();
            String recent = "/api/v1/articles?limit=100&fields=slug,canonicalUrl&publishedAfter=" + since;
            List<String> newest = listAll(recent, 1000).stream()
                    .map(a -> a.get("canonicalUrl") != null ? a.get("canonicalUrl")
                            : SITE + "/articles/" + a.get("slug"))
                    .toList();
            List<String> listed = Sitemaps.locs(Sitemaps.news());
            assertEquals(1000, listed.size());
            assertEquals(newest, listed);
            assertThat(listed, hasItems(SITE + "/articles/news-cap-" + s + "-1"));
            assertThat(listed, not(hasItem(SITE + "/articles/news-cap-" + s + "-1001")));
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("delete from article where slug like ?")) {
                delete.setString(1, "news-cap-" + s + "-%");
                delete.executeUpdate();
            }
        }
    }

    @Test
    void sitemapsAreCachedAndRevalidatedByTheirETag() {
        createArticle(Map.of("title", "Cached " + unique(), "status", "published"));
        for (String path : List.of("/sitemap.xml", "/sitemaps/articles-1.xml", "/sitemaps/tags-1.xml",
                "/sitemaps/people-1.xml", "/sitemaps/news.xml")) {
            createTag("Cached tag " + unique()); // the tag and person pages have a first page too
            createPerson("Cached person " + unique());
            ExtractableResponse<Response> first = given().accept("application/xml").get(path).then().statusCode(200)
                    .header("Content-Type", equalTo("application/xml;charset=UTF-8"))
                    .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                    .header("Vary", equalTo("Accept-Encoding, Authorization"))
                    .header("ETag", startsWith("\""))
                    .extract();
            assertEquals(null, first.header("Last-Modified"), path);
            assertTrue(first.header("Surrogate-Key").matches("(articles|tags|people)( (tags|people))*"), path);
            given().accept("application/xml").header("If-None-Match", first.header("ETag")).get(path).then()
                    .statusCode(304).header("ETag", equalTo(first.header("ETag")));
            given().header("Authorization", "Bearer " + Api.KEY).accept("application/xml").get(path).then()
                    .statusCode(200).header("Cache-Control", equalTo("private, no-store"));
            given().header("Authorization", "Bearer not-a-key").accept("application/xml").get(path).then()
                    .statusCode(401).contentType(Api.PROBLEM);
            given().accept("application/json").get(path).then().statusCode(406).contentType(Api.PROBLEM);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static String lastmod(String updatedAt) {
        return Instant.parse(updatedAt).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String language(Element url) {
        return Sitemaps.child(url, NEWS_NS, "language");
    }

    private static List<String> newsTitlesOf(String loc) {
        return Sitemaps.urls(Sitemaps.news()).stream().filter(u -> Sitemaps.child(u, SITEMAP_NS, "loc").equals(loc))
                .map(u -> Sitemaps.child(u, NEWS_NS, "title")).toList();
    }

    private static String etagOf(String path) {
        return given().accept("application/xml").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static String lastOf(String kind) {
        List<String> pages = Sitemaps.pagesOf(Sitemaps.index(), kind);
        return pages.get(pages.size() - 1);
    }

    private static int totalOf(String kind) {
        return given().get("/api/v1/" + kind + "?page=1&limit=1").then().statusCode(200)
                .extract().path("page.totalItems");
    }

    private static List<Map<String, String>> listAll(String first) {
        return listAll(first, Integer.MAX_VALUE);
    }

    /** A reader's list followed page by page (keyset links), up to {@code max} items. */
    private static List<Map<String, String>> listAll(String first, int max) {
        List<Map<String, String>> items = new ArrayList<>();
        String next = first;
        while (next != null && items.size() < max) {
            // The links come encoded: sent as they are.
            ExtractableResponse<Response> page = given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                    .extract();
            List<Map<String, String>> found = page.path("items");
            items.addAll(found);
            next = page.path("links.next");
        }
        return items.size() > max ? items.subList(0, max) : items;
    }
}
