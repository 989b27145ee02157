package news.dateline.feed;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static news.dateline.feed.FeedDocuments.assertAtom10;
import static news.dateline.feed.FeedDocuments.assertJsonFeed11;
import static news.dateline.feed.FeedDocuments.assertRss20;
import static news.dateline.feed.FeedDocuments.string;
import static news.dateline.feed.FeedDocuments.strings;
import static news.dateline.feed.FeedDocuments.xml;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apptasticsoftware.rssreader.Item;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import news.dateline.Api;
import news.dateline.demo.DemoContentService;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The feeds as their readers get them, each format read back with a parser other than the one that wrote it
 * ({@link FeedDocuments}): exactly the published articles of a tag or person, newest first, with absolute links,
 * bylines, categories, summaries and bodies; limits, conditional GETs and their media types.
 */
@QuarkusTest
class FeedResourceTest {

    /** The test profile's dateline.site.base-url and dateline.site.name. */
    private static final String SITE = "https://news.test.example";
    private static final String PUBLICATION = "Dateline";
    private static final List<String> FORMATS = List.of("rss", "atom", "json");

    @Inject
    DemoContentService demo;

    @Inject
    SessionFactory sessionFactory;

    /** Two tags, an author and a subject, and articles in every status linked to them (see {@link #newsroom()}). */
    record Newsroom(String tag, String otherTag, String author, String authorName, String subject,
            Map<String, ExtractableResponse<Response>> articles) {

        String id(String name) {
            return articles.get(name).path("id");
        }

        String slug(String name) {
            return articles.get(name).path("slug");
        }
    }

    @Test
    void aTagsFeedHoldsExactlyItsPublishedArticlesNewestFirst() {
        Newsroom n = newsroom();
        expectItems("/feeds/tags/" + n.tag(), n.id("second"), n.id("first"));
        expectItems("/feeds/tags/" + n.otherTag(), n.id("elsewhere"), n.id("first"));
    }

    @Test
    void aPersonsFeedHoldsTheArticlesTheyAreLinkedToInAnyRole() {
        Newsroom n = newsroom();
        expectItems("/feeds/people/" + n.author(), n.id("elsewhere"), n.id("first"));
        expectItems("/feeds/people/" + n.subject(), n.id("second"));
    }

    @Test
    void theFeedOfAllArticlesStartsWithTheNewestPublishedAndHoldsNoHiddenOne() {
        Newsroom n = newsroom();
        String newest = createArticle(Map.of("title", "Just published " + unique(), "status", "published"))
                .path("id");
        for (String format : FORMATS) {
            List<String> ids = ids("/feeds/articles." + format + "?limit=100", format);
            assertEquals("urn:uuid:" + newest, ids.get(0), format);
            for (String hidden : List.of("draft", "scheduled", "archived")) {
                assertFalse(ids.contains("urn:uuid:" + n.id(hidden)), () -> hidden + " in " + format);
            }
        }
    }

    @Test
    void limitBoundsTheItemsAndOutsideOneToAHundredIsA400Problem() {
        Newsroom n = newsroom();
        for (String format : FORMATS) {
            String feed = "/feeds/tags/" + n.tag() + "." + format;
            assertEquals(List.of("urn:uuid:" + n.id("second")), ids(feed + "?limit=1", format));
            for (String limit : List.of("0", "101", "-1", "ten", "1.5")) {
                given().queryParam("limit", limit).get(feed).then().statusCode(400)
                        .contentType(Api.PROBLEM)
                        .body("errors[0].field", equalTo("limit"))
                        .body("instance", equalTo(feed));
            }
        }
        // The default is 50: more than that published carry a tag, and the feed holds the newest 50.
        String crowded = createTag("Crowded " + unique()).path("slug");
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            String publishAt = Instant.parse("2024-10-01T08:00:00Z").plus(i, ChronoUnit.HOURS).toString();
            published.add(0, "urn:uuid:" + createArticle(Map.of("title", "Crowded " + i + " " + unique(),
                    "status", "published", "publishAt", publishAt, "tags", List.of(crowded))).path("id"));
        }
        List<String> json = ids("/feeds/tags/" + crowded + ".json", "json");
        assertEquals(50, json.size());
        assertEquals(published.subList(0, 50), json);
        assertEquals(52, ids("/feeds/tags/" + crowded + ".rss?limit=100", "rss").size());
    }

    @Test
    void aFeedIsNotModifiedUntilSomethingItShowsChanges() {
        Newsroom n = newsroom();
        for (String format : FORMATS) {
            String feed = "/feeds/tags/" + n.tag() + "." + format;
            String etag = given().get(feed).then().statusCode(200).extract().header("ETag");
            assertTrue(etag.matches("^\"[A-Za-z0-9_-]+\"$"), () -> "a strong ETag: " + etag);
            given().header("If-None-Match", etag).get(feed).then().statusCode(304)
                    .header("ETag", is(etag))
                    .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=300"));
            given().header("If-None-Match", "\"something-else\"").get(feed).then().statusCode(200);
        }
        Map<String, String> before = etags("/feeds/tags/" + n.tag());
        // An article in it edited: every format changes, and shows the new title.
        String title = "Retitled " + unique();
        mergePatch(Api.etagOf("/api/v1/articles/" + n.id("first"))).body(Map.of("title", title))
                .patch("/api/v1/articles/" + n.id("first")).then().statusCode(200);
        Map<String, String> edited = etags("/feeds/tags/" + n.tag());
        before.forEach((format, etag) -> assertNotEquals(etag, edited.get(format), format));
        given().get("/feeds/tags/" + n.tag() + ".json").then().body("items.title", hasItem(title));
        // The tag renamed: the feed's title changes.
        String name = "Renamed " + unique();
        mergePatch(Api.etagOf("/api/v1/tags/" + n.tag())).body(Map.of("name", name))
                .patch("/api/v1/tags/" + n.tag()).then().statusCode(200);
        Map<String, String> renamed = etags("/feeds/tags/" + n.tag());
        edited.forEach((format, etag) -> assertNotEquals(etag, renamed.get(format), format));
        given().get("/feeds/tags/" + n.tag() + ".json").then().body("title", equalTo(PUBLICATION + ": " + name));
        // The author renamed: the byline changes in the tag's feed, and the person's feed is retitled.
        String author = "Renamed Author " + unique();
        mergePatch(Api.etagOf("/api/v1/people/" + n.author())).body(Map.of("name", author))
                .patch("/api/v1/people/" + n.author()).then().statusCode(200);
        given().get("/feeds/tags/" + n.tag() + ".json").then().body("items.authors.flatten().name", hasItem(author));
        given().get("/feeds/people/" + n.author() + ".json").then().body("title", equalTo(PUBLICATION + ": " + author));
        // A newly published article joins it; unpublishing it (back to draft) takes it out again.
        var joined = createArticle(Map.of("title", "Joining " + unique(), "status", "published",
                "tags", List.of(n.tag())));
        expectItems("/feeds/tags/" + n.tag(), joined.path("id"), n.id("second"), n.id("first"));
        mergePatch(joined.header("ETag")).body(Map.of("status", "draft"))
                .patch("/api/v1/articles/" + joined.path("id")).then().statusCode(200);
        expectItems("/feeds/tags/" + n.tag(), n.id("second"), n.id("first"));
    }

    @Test
    void aFeedCostsTheSameNumberOfStatementsWhateverItsSize() {
        String tag = createTag("Counted feed " + unique()).path("slug");
        String person = createPerson("Counted writer " + unique()).path("slug");
        for (int i = 0; i < 12; i++) {
            // Each article with tags and people of its own, so that loading them one by one would show.
            String own = createTag("Own tag " + i + " " + unique()).path("slug");
            String subject = createPerson("Own subject " + i + " " + unique()).path("slug");
            createArticle(Map.of("title", "Counted " + i + " " + unique(), "status", "published",
                    "tags", List.of(tag, own), "people", List.of(Map.of("person", person, "role", "author"),
                            Map.of("person", subject, "role", "subject"))));
        }
        for (String feed : List.of("/feeds/tags/" + tag, "/feeds/people/" + person, "/feeds/articles")) {
            for (String format : FORMATS) {
                long small = statementsFor(feed + "." + format + "?limit=2");
                long large = statementsFor(feed + "." + format + "?limit=12");
                assertEquals(small, large, feed + "." + format + ": statements for 2 items vs 12");
            }
        }
    }

    @Test
    void feedsAreServedAsTheirFormatsInUtf8WhateverTheAcceptHeaderAndCompressed() {
        Newsroom n = newsroom();
        Map<String, String> types = Map.of("rss", "application/rss+xml", "atom", "application/atom+xml",
                "json", "application/feed+json");
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + n.tag(), "/feeds/people/" + n.author())) {
            for (String format : FORMATS) {
                for (String accept : List.of("*/*", "application/xml, text/xml;q=0.9", "application/json")) {
                    String contentType = given().accept(accept).get(feed + "." + format).then().statusCode(200)
                            .extract().contentType();
                    MediaType type = MediaType.valueOf(contentType);
                    assertEquals(types.get(format), type.getType() + "/" + type.getSubtype(), contentType);
                    assertTrue("UTF-8".equalsIgnoreCase(type.getParameters().get("charset")), contentType);
                }
                given().header("Accept-Encoding", "gzip").get(feed + "." + format).then().statusCode(200)
                        .header("Content-Encoding", equalTo("gzip"));
            }
        }
    }

    @Test
    void unknownTagsPeopleAndFormatsAre404Problems() {
        String missing = "no-such-" + unique();
        for (String format : FORMATS) {
            for (String feed : List.of("/feeds/tags/" + missing + "." + format,
                    "/feeds/people/" + missing + "." + format)) {
                given().get(feed).then().statusCode(404).contentType(Api.PROBLEM)
                        .body("type", equalTo("https://dateline.news/problems/not-found"))
                        .body("detail", containsString(missing))
                        .body("instance", equalTo(feed));
            }
        }
        Newsroom n = newsroom();
        for (String feed : List.of("/feeds/articles.xml", "/feeds/articles.rdf", "/feeds/articles",
                "/feeds/tags/" + n.tag() + ".txt", "/feeds/people/" + n.author() + ".html", "/feeds/tags/" + n.tag())) {
            given().get(feed).then().statusCode(404).contentType(Api.PROBLEM);
        }
    }

    @Test
    void hostileSlugsAndLimitsAreProblemsNotErrors() {
        for (String format : FORMATS) {
            for (String slug : List.of("%27%3B%20drop%20table%20tag", "nul%00byte", "%3Cscript%3E", "..%2F..%2Fetc")) {
                for (String kind : List.of("tags", "people")) {
                    given().urlEncodingEnabled(false).get("/feeds/" + kind + "/" + slug + "." + format).then()
                            .statusCode(oneOf(400, 404)).contentType(Api.PROBLEM);
                }
            }
            for (String limit : List.of("' OR 1=1", "1e3", "99999999999999999999", "<script>")) {
                given().queryParam("limit", limit).get("/feeds/articles." + format).then().statusCode(400)
                        .contentType(Api.PROBLEM).body("errors[0].field", equalTo("limit"));
            }
        }
    }

    @Test
    void itemsCarryAbsoluteLinksBylinesCategoriesSummariesAndBodies() {
        Newsroom n = newsroom();
        String feed = "/feeds/tags/" + n.tag();
        String first = "urn:uuid:" + n.id("first");
        String firstUrl = SITE + "/articles/" + n.slug("first");
        String canonical = n.articles().get("second").path("canonicalUrl");

        byte[] rssBytes = bytes(feed + ".rss");
        Document rss = xml(rssBytes);
        assertEquals(SITE + "/tags/" + n.tag(), string(rss, "/rss/channel/link"));
        String self = string(rss, "/rss/channel/atom:link[@rel='self']/@href");
        assertTrue(self.matches("^http://[^/]+/feeds/tags/" + n.tag() + "\\.rss$"), self);
        assertEquals("en", string(rss, "/rss/channel/language"));
        String item = "/rss/channel/item[guid='" + first + "']";
        assertEquals("false", string(rss, item + "/guid/@isPermaLink"));
        assertEquals(firstUrl, string(rss, item + "/link"));
        assertEquals(canonical, string(rss, "/rss/channel/item[1]/link"));
        assertEquals(List.of(n.authorName()), strings(rss, item + "/dc:creator"));
        assertEquals(List.of(PUBLICATION), strings(rss, "/rss/channel/item[1]/dc:creator"));
        assertEquals(List.of(SITE + "/tags/" + n.tag(), SITE + "/tags/" + n.otherTag()),
                strings(rss, item + "/category/@domain"));
        assertEquals("A &lt; B, and the first story.", string(rss, item + "/description"));
        assertTrue(string(rss, item + "/content:encoded").contains("<strong>first</strong>"));
        assertEquals("Sun, 01 Dec 2024 08:00:00 GMT", string(rss, item + "/pubDate"));
        Item read = FeedDocuments.read(rssBytes).stream().filter(i -> i.getGuid().orElse("").equals(first))
                .findFirst().orElseThrow();
        assertEquals(firstUrl, read.getLink().orElseThrow());
        assertEquals(n.articles().get("first").path("title"), read.getTitle().orElseThrow());

        Document atom = xml(bytes(feed + ".atom"));
        String entry = "/atom:feed/atom:entry[atom:id='" + first + "']";
        assertEquals(SITE + "/tags/" + n.tag(), string(atom, "/atom:feed/atom:link[@rel='alternate']/@href"));
        assertEquals(string(atom, "/atom:feed/atom:id"), string(atom, "/atom:feed/atom:link[@rel='self']/@href"));
        assertEquals(firstUrl, string(atom, entry + "/atom:link[@rel='alternate']/@href"));
        assertEquals(n.authorName(), string(atom, entry + "/atom:author/atom:name"));
        assertEquals(SITE + "/people/" + n.author(), string(atom, entry + "/atom:author/atom:uri"));
        assertEquals(List.of(n.tag(), n.otherTag()), strings(atom, entry + "/atom:category/@term"));
        assertEquals("2024-12-01T08:00:00Z", string(atom, entry + "/atom:published"));
        // Updated as readers should see it: never corrected or said to be updated, so when it was published.
        assertEquals("2024-12-01T08:00:00Z", string(atom, entry + "/atom:updated"));
        assertEquals("A < B, and the first story.", string(atom, entry + "/atom:summary"));
        assertEquals("html", string(atom, entry + "/atom:content/@type"));
        assertTrue(string(atom, entry + "/atom:content").contains("<strong>first</strong>"));

        JsonNode json = assertJsonFeed11(bytes(feed + ".json"));
        assertEquals(SITE + "/tags/" + n.tag(), json.get("home_page_url").asText());
        assertTrue(json.get("feed_url").asText().matches("^http://[^/]+/feeds/tags/" + n.tag() + "\\.json$"));
        JsonNode one = StreamSupport.stream(json.get("items").spliterator(), false)
                .filter(i -> i.get("id").asText().equals(first)).findFirst().orElseThrow();
        assertEquals(firstUrl, one.get("url").asText());
        assertEquals(n.authorName(), one.get("authors").get(0).get("name").asText());
        assertEquals("A < B, and the first story.", one.get("summary").asText());
        assertTrue(one.get("content_html").asText().contains("<strong>first</strong>"));
        assertEquals("2024-12-01T08:00:00Z", one.get("date_published").asText());
        assertEquals(2, one.get("tags").size());
        assertEquals("https://cdn.dateline.news/images/feeds.jpg", json.get("items").get(0).get("image").asText());
    }

    @Test
    void surrogateKeysNameTheCollectionTheSubjectAndWhatTheItemsShow() {
        Newsroom n = newsroom();
        String tagId = given().get("/api/v1/tags/" + n.tag()).then().extract().path("id");
        String authorId = given().get("/api/v1/people/" + n.author()).then().extract().path("id");
        for (String format : FORMATS) {
            String keys = given().get("/feeds/tags/" + n.tag() + "." + format).then().statusCode(200)
                    .extract().header("Surrogate-Key");
            Set<String> named = Set.of(keys.split(" "));
            assertEquals("articles", keys.split(" ")[0]);
            assertTrue(named.containsAll(Set.of("tag:" + tagId, "article:" + n.id("first"),
                    "article:" + n.id("second"), "person:" + authorId)), keys);
            assertFalse(keys.contains(n.id("draft")), keys);
        }
    }

    @Test
    void theSeedArticleReadsTheSameInEveryFormat() {
        demo.load();
        String seed = given().get("/api/v1/articles/lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine")
                .then().statusCode(200).extract().path("id");
        String urn = "urn:uuid:" + seed;
        String url = SITE + "/articles/lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
        String feed = "/feeds/people/feridun-sinirlioglu";

        JsonNode json = assertJsonFeed11(bytes(feed + ".json"));
        assertEquals(PUBLICATION + ": Feridun Sinirlioğlu", json.get("title").asText());
        JsonNode item = StreamSupport.stream(json.get("items").spliterator(), false)
                .filter(i -> i.get("id").asText().equals(urn)).findFirst().orElseThrow();
        assertEquals("Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine", item.get("title").asText());
        assertEquals(url, item.get("url").asText());
        assertEquals("2024-12-05T08:00:00Z", item.get("date_published").asText());
        assertEquals("OSCE", item.get("tags").get(0).asText());
        assertEquals(11, item.get("tags").size());
        assertEquals(PUBLICATION, item.get("authors").get(0).get("name").asText());
        assertTrue(item.get("summary").asText().contains("Sergei Lavrov and U.S. Secretary of State Antony Blinken"));
        assertTrue(item.get("content_html").asText().contains("Feridun Sinirlioğlu"), "the corrected spelling");
        assertFalse(item.get("content_html").asText().contains("Përgjigje"));

        Document rss = xml(bytes(feed + ".rss"));
        assertRss20(rss);
        String rssItem = "/rss/channel/item[guid='" + urn + "']";
        assertEquals(url, string(rss, rssItem + "/link"));
        assertEquals("Thu, 05 Dec 2024 08:00:00 GMT", string(rss, rssItem + "/pubDate"));
        assertEquals("OSCE", strings(rss, rssItem + "/category").get(0));
        assertTrue(string(rss, rssItem + "/content:encoded").contains("Feridun Sinirlioğlu"));

        Document atom = xml(bytes(feed + ".atom"));
        assertAtom10(atom);
        String entry = "/atom:feed/atom:entry[atom:id='" + urn + "']";
        assertEquals("Lavrov and Blinken meet in Malta as OSCE talks turn to Ukraine",
                string(atom, entry + "/atom:title"));
        assertEquals("2024-12-05T08:00:00Z", string(atom, entry + "/atom:published"));
        assertEquals("osce", strings(atom, entry + "/atom:category/@term").get(0));
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A tag and another tag, an author and a subject, and articles: "first" (1 December, both tags, by the author),
     * "second" (3 December, the tag, about the subject, with a canonical URL and an image), "elsewhere" (2 December,
     * the other tag, by the author), and a draft, a scheduled and an archived one carrying the tag and both people.
     */
    private static Newsroom newsroom() {
        String tag = createTag("Feed tag " + unique()).path("slug");
        String otherTag = createTag("Other feed tag " + unique()).path("slug");
        String authorName = "Feed Author " + unique();
        String author = createPerson(authorName).path("slug");
        String subject = createPerson("Feed Subject " + unique()).path("slug");
        Map<String, Object> byAuthor = Map.of("person", author, "role", "author");
        Map<String, Object> aboutSubject = Map.of("person", subject, "role", "subject");
        Map<String, ExtractableResponse<Response>> articles = new HashMap<>();
        articles.put("first", createArticle(Map.of("title", "First " + unique(), "status", "published",
                "publishAt", "2024-12-01T08:00:00Z", "tags", List.of(tag, otherTag), "people", List.of(byAuthor),
                "excerpt", "A < B, and the first story.", "body", "The **first** story.")));
        String second = "second-" + unique();
        articles.put("second", createArticle(Map.of("slug", second, "title", "Second " + unique(),
                "status", "published", "publishAt", "2024-12-03T08:00:00Z", "tags", List.of(tag),
                "people", List.of(aboutSubject), "canonicalUrl", "https://dateline.news/2024/12/03/" + second,
                "featuredImage", Map.of("url", "https://cdn.dateline.news/images/feeds.jpg"))));
        articles.put("elsewhere", createArticle(Map.of("title", "Elsewhere " + unique(), "status", "published",
                "publishAt", "2024-12-02T08:00:00Z", "tags", List.of(otherTag), "people", List.of(byAuthor))));
        List<Map<String, Object>> both = List.of(byAuthor, aboutSubject);
        articles.put("draft", createArticle(Map.of("title", "Draft " + unique(), "tags", List.of(tag),
                "people", both)));
        articles.put("scheduled", createArticle(Map.of("title", "Scheduled " + unique(), "status", "scheduled",
                "publishAt", "2999-01-01T00:00:00Z", "tags", List.of(tag), "people", both)));
        var archived = createArticle(Map.of("title", "Archived " + unique(), "status", "published",
                "publishAt", "2024-12-04T08:00:00Z", "tags", List.of(tag), "people", both));
        mergePatch(archived.header("ETag")).body(Map.of("status", "archived"))
                .patch("/api/v1/articles/" + archived.path("id")).then().statusCode(200);
        articles.put("archived", archived);
        return new Newsroom(tag, otherTag, author, authorName, subject, articles);
    }

    /** Every format of the feed holds exactly these articles, in this order, and is what its format requires. */
    private static void expectItems(String feed, String... articleIds) {
        List<String> urns = Arrays.stream(articleIds).map(id -> "urn:uuid:" + id).toList();
        for (String format : FORMATS) {
            assertEquals(urns, ids(feed + "." + format, format), feed + "." + format);
        }
    }

    /** The item ids of a feed, read as its format is read, after checking the document against that format. */
    private static List<String> ids(String path, String format) {
        byte[] body = bytes(path);
        return switch (format) {
            case "rss" -> {
                Document rss = xml(body);
                assertRss20(rss);
                List<String> guids = strings(rss, "/rss/channel/item/guid");
                assertEquals(guids, FeedDocuments.read(body).stream().map(i -> i.getGuid().orElse(null)).toList(),
                        "what a feed reader sees");
                yield guids;
            }
            case "atom" -> {
                Document atom = xml(body);
                assertAtom10(atom);
                List<String> entries = strings(atom, "/atom:feed/atom:entry/atom:id");
                assertEquals(entries, FeedDocuments.read(body).stream().map(i -> i.getGuid().orElse(null)).toList(),
                        "what a feed reader sees");
                yield entries;
            }
            default -> StreamSupport.stream(assertJsonFeed11(body).get("items").spliterator(), false)
                    .map(i -> i.get("id").asText()).toList();
        };
    }

    private long statementsFor(String path) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private static byte[] bytes(String path) {
        return given().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static Map<String, String> etags(String feed) {
        Map<String, String> etags = new HashMap<>();
        FORMATS.forEach(format -> etags.put(format, given().get(feed + "." + format).then().statusCode(200)
                .extract().header("ETag")));
        return etags;
    }
}
