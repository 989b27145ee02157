package news.dateline.article;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import news.dateline.Api;
import org.junit.jupiter.api.Test;

/** Articles over HTTP: versioned writes, slugs, tags and people, publication, rendering, access and caching. */
@QuarkusTest
class ArticleResourceTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Test
    void everyWriteToAnArticleMustStateItsCurrentVersion() {
        String title = "Lavrov arrives in Malta " + unique();
        var created = createArticle(Map.of("title", title, "body", "Talks **begin** today."));
        String slug = created.path("slug");
        String location = created.header("Location");
        String etag = created.header("ETag");
        assertEquals(slug, title.toLowerCase().replace(' ', '-'));

        editor().get(location).then().statusCode(200).body("slug", equalTo(slug)).header("ETag", etag);
        editor().queryParam("formats", "html,text").get(ARTICLES + "/" + slug).then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("bodyHtml", equalTo("<p>Talks <strong>begin</strong> today.</p>"))
                .body("bodyText", equalTo("Talks begin today."))
                .body("wordCount", equalTo(3))
                .body("readingTimeMinutes", equalTo(1))
                .body("version", equalTo(0));

        String patched = mergePatch(etag).body(Map.of("subtitle", "Talks on Ukraine"))
                .patch(ARTICLES + "/" + slug)
                .then().statusCode(200)
                .body("subtitle", equalTo("Talks on Ukraine"))
                .body("title", equalTo(title))
                .body("version", equalTo(1))
                .extract().header("ETag");
        assertNotEquals(etag, patched);

        mergePatch(etag).body(Map.of("subtitle", "A lost update")).patch(ARTICLES + "/" + slug)
                .then().statusCode(412).contentType(Api.PROBLEM);
        editor().contentType(Api.MERGE_PATCH)
                .body(Map.of("subtitle", "A blind update")).patch(ARTICLES + "/" + slug)
                .then().statusCode(428).contentType(Api.PROBLEM);
        editor().get(ARTICLES + "/" + slug).then().body("subtitle", equalTo("Talks on Ukraine"));

        editor().header("If-Match", etag).delete(ARTICLES + "/" + slug).then().statusCode(412);
        editor().header("If-Match", patched).delete(ARTICLES + "/" + slug).then().statusCode(204);
        editor().get(ARTICLES + "/" + slug).then().statusCode(404).contentType(Api.PROBLEM);
    }

    @Test
    void putReplacesTheWholeArticleButKeepsItsSlug() {
        var created = createArticle(Map.of("title", "Original headline " + unique(), "subtitle", "Will go",
                "datelinePlace", "Valletta"));
        String id = created.path("id");
        String slug = created.path("slug");
        editor().header("If-Match", created.header("ETag"))
                .body(Map.of("title", "Rewritten headline", "body", "New body"))
                .put(ARTICLES + "/" + id)
                .then().statusCode(200)
                .body("slug", equalTo(slug))
                .body("title", equalTo("Rewritten headline"))
                .body("subtitle", nullValue())
                .body("datelinePlace", nullValue())
                .body("body", equalTo("New body"));
    }

    @Test
    void tagsKeepTheirOrderAndTheFirstIsPrimary() {
        String u = unique();
        String osce = createTag("OSCE " + u).path("slug");
        String ukraine = createTag("Ukraine " + u).path("slug");
        String malta = createTag("Malta " + u).path("slug");
        var created = createArticle(Map.of("title", "Ministerial " + u, "tags", List.of(osce, ukraine, malta)));
        given().get(ARTICLES + "/" + created.path("slug")).then().statusCode(404);
        editor().get(ARTICLES + "/" + created.path("slug")).then()
                .body("tags.slug", contains(osce, ukraine, malta));

        mergePatch(created.header("ETag")).body(Map.of("tags", List.of(malta, osce)))
                .patch(ARTICLES + "/" + created.path("slug"))
                .then().statusCode(200).body("tags.slug", contains(malta, osce));
    }

    @Test
    void peopleAreLinkedWithTheirRoles() {
        String u = unique();
        String lavrov = createPerson("Sergei Lavrov " + u).path("slug");
        String reporter = createPerson("Jane Reporter " + u).path("slug");
        var created = createArticle(Map.of("title", "Interview " + u, "people", List.of(
                Map.of("person", reporter, "role", "author"),
                Map.of("person", lavrov, "role", "subject"),
                Map.of("person", lavrov, "role", "quoted"))));
        editor().get(ARTICLES + "/" + created.path("id")).then()
                .body("people.slug", contains(reporter, lavrov, lavrov))
                .body("people.role", contains("author", "subject", "quoted"));
    }

    @Test
    void unknownOrRepeatedReferencesAreRejectedAndNothingIsWritten() {
        String u = unique();
        String tag = createTag("Armenia " + u).path("slug");
        String title = "Rejected " + u;
        editor().body(Map.of("title", title, "tags", List.of(tag, "no-such-tag-" + u, tag),
                        "people", List.of(Map.of("person", "nobody-" + u, "role", "author"))))
                .post(ARTICLES)
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors.field", contains("tags[1]", "tags[2]", "people[0].person"));
        editor().get(ARTICLES + "/" + title.toLowerCase().replace(' ', '-')).then().statusCode(404);
    }

    @Test
    void aFeaturedImageNeedsAWebUrl() {
        editor().body(Map.of("title", "Pictured " + unique(),
                        "featuredImage", Map.of("url", "data:image/png;base64,AAA")))
                .post(ARTICLES)
                .then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors.field", contains("featuredImage.url"));
    }

    @Test
    void draftsAreInvisibleWithoutAKey() {
        String tag = createTag("Embargo " + unique()).path("slug");
        var draft = createArticle(Map.of("title", "Embargoed " + unique(), "tags", List.of(tag)));
        createArticle(Map.of("title", "Out " + unique(), "tags", List.of(tag), "status", "published"));
        String slug = draft.path("slug");
        given().get(ARTICLES + "/" + slug).then().statusCode(404).contentType(Api.PROBLEM);
        given().get(ARTICLES + "/" + draft.path("id")).then().statusCode(404);
        given().queryParam("tag", tag).get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items.slug", not(hasItem(slug)))
                .body("items.status", everyItem(equalTo("published")));
        given().queryParam("tag", tag).queryParam("status", "draft").get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("tag", tag).queryParam("page", 1).get(ARTICLES).then().body("page.totalItems", equalTo(1));
        editor().queryParam("tag", tag).get(ARTICLES).then().body("items.slug", hasItem(slug));
        editor().queryParam("tag", tag).queryParam("status", "draft").get(ARTICLES).then()
                .body("items.slug", contains(slug));
    }

    @Test
    void publishingFixesPublishedAtOnce() {
        var created = createArticle(Map.of("title", "Breaking " + unique(), "status", "published"));
        String path = ARTICLES + "/" + created.path("id");
        String publishedAt = created.path("publishedAt");
        given().get(path).then().statusCode(200).body("publishedAt", equalTo(publishedAt));

        String archived = mergePatch(created.header("ETag")).body(Map.of("status", "archived")).patch(path)
                .then().statusCode(200).body("publishedAt", equalTo(publishedAt)).extract().header("ETag");
        given().get(path).then().statusCode(404);
        mergePatch(archived).body(Map.of("status", "published")).patch(path)
                .then().statusCode(200).body("publishedAt", equalTo(publishedAt));
    }

    @Test
    void theWorkflowMovesOnlyAlongItsTransitions() {
        var created = createArticle(Map.of("title", "Workflow " + unique()));
        String path = ARTICLES + "/" + created.path("id");
        String etag = created.header("ETag");
        String later = "2999-01-01T00:00:00Z";
        refused(etag, path, Map.of("status", "archived"), "cannot go from draft to archived");
        for (String step : List.of("{\"status\": \"scheduled\", \"publishAt\": \"" + later + "\"}",
                "{\"status\": \"draft\", \"publishAt\": null}", "{\"status\": \"published\"}",
                "{\"status\": \"archived\"}")) {
            etag = mergePatch(etag).body(step).patch(path).then().statusCode(200).extract().header("ETag");
        }
        editor().get(path).then().body("status", equalTo("archived"));
        refused(etag, path, Map.of("status", "scheduled", "publishAt", later), "cannot go from archived to scheduled");
        etag = mergePatch(etag).body(Map.of("status", "published")).patch(path).then().statusCode(200)
                .extract().header("ETag");
        refused(etag, path, Map.of("status", "scheduled", "publishAt", later), "cannot go from published to scheduled");
        mergePatch(etag).body(Map.of("status", "draft")).patch(path).then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", notNullValue());
        editor().body(Map.of("title", "Archived at birth " + unique(), "status", "archived")).post(ARTICLES)
                .then().statusCode(422).body("errors[0].field", equalTo("status"));
    }

    /** A refused move is a 422 naming the status, and changes nothing. */
    private static void refused(String etag, String path, Map<String, String> patch, String message) {
        mergePatch(etag).body(patch).patch(path).then().statusCode(422).contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", startsWith(message));
        assertEquals(etag, editor().get(path).then().statusCode(200).extract().header("ETag"));
    }

    @Test
    void publishAtBackdatesAFirstPublication() {
        var created = createArticle(Map.of("title", "Archive import " + unique(), "status", "published",
                "publishAt", "2024-12-05T08:00:00Z"));
        assertEquals("2024-12-05T08:00:00Z", created.path("publishedAt"));
    }

    @Test
    void schedulingNeedsAPublishTimeAndPublishingCannotBeInTheFuture() {
        editor().body(Map.of("title", "Scheduled " + unique(), "status", "scheduled")).post(ARTICLES)
                .then().statusCode(422).body("errors.field", contains("publishAt"));
        editor().body(Map.of("title", "Future " + unique(), "status", "published", "publishAt", "2999-01-01T00:00:00Z"))
                .post(ARTICLES)
                .then().statusCode(422).body("errors.field", contains("publishAt"));
        createArticle(Map.of("title", "Scheduled " + unique(), "status", "scheduled",
                "publishAt", "2999-01-01T00:00:00Z"));
    }

    @Test
    void slugsAreTransliteratedFromTheTitle() {
        String u = unique();
        assertEquals("feridun-sinirlioglu-named-osce-chief-" + u,
                createArticle(Map.of("title", "Feridun Sinirlioğlu named OSCE chief " + u)).path("slug"));
        editor().get(ARTICLES + "/feridun-sinirlioglu-named-osce-chief-" + u).then().statusCode(200);
    }

    @Test
    void aRepeatedHeadlineGetsANumberedSlugButAGivenSlugConflicts() {
        String title = "Live updates " + unique();
        String first = createArticle(Map.of("title", title)).path("slug");
        String second = createArticle(Map.of("title", title)).path("slug");
        assertEquals(first + "-2", second);
        editor().body(Map.of("title", "Other", "slug", first)).post(ARTICLES)
                .then().statusCode(409).contentType(Api.PROBLEM)
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void eachBodyFormComesOnceHtmlForReadersMarkdownForEditorsOthersOnRequest() {
        var created = createArticle(Map.of("title", "Forms " + unique(), "body", "Talks **begin**.", "status",
                "published"));
        assertEquals("Talks **begin**.", created.path("body"));
        assertNull(created.path("bodyHtml"), "a writer gets back the Markdown they wrote");
        String path = ARTICLES + "/" + created.path("slug");
        given().get(path).then().statusCode(200)
                .body("bodyHtml", equalTo("<p>Talks <strong>begin</strong>.</p>"))
                .body("$", not(hasKey("body")))
                .body("$", not(hasKey("bodyText")));
        editor().get(path).then().statusCode(200)
                .body("body", equalTo("Talks **begin**."))
                .body("$", not(hasKey("bodyHtml")));
        given().queryParam("formats", "text").queryParam("formats", "markdown").get(path).then().statusCode(200)
                .body("bodyText", equalTo("Talks begin."))
                .body("body", equalTo("Talks **begin**."))
                .body("$", not(hasKey("bodyHtml")));
        given().queryParam("fields", "slug,bodyText").get(path).then().statusCode(200)
                .body("bodyText", equalTo("Talks begin."));
        given().queryParam("formats", "pdf").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("formats"));
    }

    @Test
    void hostileMarkdownComesOutSanitised() {
        String body = "# Report\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n"
                + "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\">\n\n<iframe src=\"https://evil.example\"></iframe>";
        String path = ARTICLES + "/" + createArticle(Map.of("title", "Hostile " + unique(), "body", body)).path("id");
        var created = editor().queryParam("formats", "html,text").get(path).then().statusCode(200).extract();
        String html = created.path("bodyHtml");
        String lower = html.toLowerCase();
        for (String forbidden : List.of("<script", "javascript:", "onerror", "<iframe")) {
            assertEquals(-1, lower.indexOf(forbidden), () -> forbidden + " survived in " + html);
        }
        assertEquals(true, html.contains("<h1>Report</h1>"));
        assertEquals(-1, created.<String>path("bodyText").indexOf("alert"));
    }

    @Test
    void excerptIsDerivedFromTheBodyUntilOneIsGiven() {
        var created = createArticle(Map.of("title", "Excerpts " + unique(),
                "body", "First paragraph of the story.\n\nSecond paragraph."));
        assertEquals("First paragraph of the story.", created.path("excerpt"));
        String path = ARTICLES + "/" + created.path("id");
        String etag = mergePatch(created.header("ETag")).body(Map.of("body", "A new lead.\n\nMore.")).patch(path)
                .then().statusCode(200).body("excerpt", equalTo("A new lead.")).extract().header("ETag");
        mergePatch(etag).body(Map.of("excerpt", "Hand-written.")).patch(path)
                .then().statusCode(200).body("excerpt", equalTo("Hand-written."));
    }

    @Test
    void anUnauthenticatedWriteIsRefusedAndChangesNothing() {
        var created = createArticle(Map.of("title", "Protected " + unique()));
        String path = ARTICLES + "/" + created.path("id");
        String etag = created.header("ETag");
        int before = editor().queryParam("page", 1).get(ARTICLES).then().extract().path("page.totalItems");

        given().contentType(ContentType.JSON).body(Map.of("title", "Intruder " + unique())).post(ARTICLES)
                .then().statusCode(401).contentType(Api.PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("title", "Defaced")).patch(path).then().statusCode(401);
        given().header("If-Match", etag).delete(path).then().statusCode(401);
        given().header("Authorization", "Bearer not-the-key").contentType(ContentType.JSON)
                .body(Map.of("title", "Intruder")).post(ARTICLES)
                .then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"));

        editor().get(path).then().statusCode(200).header("ETag", etag).body("title", startsWith("Protected"));
        editor().queryParam("page", 1).get(ARTICLES).then().body("page.totalItems", equalTo(before));
    }

    @Test
    void conditionalGetsAnswerNotModified() {
        var created = createArticle(Map.of("title", "Cached " + unique(), "status", "published"));
        String path = ARTICLES + "/" + created.path("slug");
        var first = given().get(path).then().statusCode(200)
                .header("Cache-Control", startsWith("public"))
                .header("Last-Modified", notNullValue())
                .extract();
        given().header("If-None-Match", first.header("ETag")).get(path).then().statusCode(304)
                .header("ETag", first.header("ETag"));
        given().header("If-Modified-Since", first.header("Last-Modified")).get(path).then().statusCode(304);
        given().header("If-None-Match", "\"0-stale\"").get(path).then().statusCode(200);
        editor().get(path).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void listsArePagedWithLinks() {
        String u = unique();
        String tag = createTag("Paging " + u).path("slug");
        for (int i = 0; i < 3; i++) {
            createArticle(Map.of("title", "Page item " + i + " " + u, "status", "published", "tags", List.of(tag)));
        }
        var page = given().queryParam("limit", 2).queryParam("page", 1).get(ARTICLES).then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("page.number", equalTo(1))
                .body("page.limit", equalTo(2))
                .body("links.prev", nullValue())
                .body("links.next", equalTo("/api/v1/articles?page=2&limit=2"))
                .header("Link", containsString("</api/v1/articles?page=2&limit=2>; rel=\"next\""))
                .body("items[0]", not(hasKey("body")))
                .body("items[0]", not(hasKey("tags")))
                .extract();
        int totalPages = page.path("page.totalPages");
        given().queryParam("limit", 2).queryParam("page", totalPages).get(ARTICLES).then().statusCode(200)
                .body("links.next", nullValue())
                .body("links.prev", equalTo("/api/v1/articles?page=" + (totalPages - 1) + "&limit=2"));
    }
}
