package news.dateline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import news.dateline.sitemap.Sitemaps;

/**
 * What "drafts never leak" means, as one check every surface adds to: an article readers may not see (draft,
 * scheduled, archived) is, without a key, absent from everything a reader can ask for. Each place that can show an
 * article to readers (lists and their filters, search, counts; feeds, sitemaps and the change stream when they come)
 * gets a line in {@link #assertInvisible}.
 */
public final class Unpublished {

    private Unpublished() {
    }

    /**
     * @param id     the hidden article's id
     * @param slug   its slug
     * @param word   a word only its title holds, to search for
     * @param tag    the slug of a tag it carries
     * @param person the slug of a person linked to it
     */
    public static void assertInvisible(String id, String slug, String word, String tag, String person) {
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        absent(given().get("/api/v1/articles?limit=100").then(), id);
        absent(given().get("/api/v1/articles?tag=" + tag).then(), id);
        absent(given().get("/api/v1/articles?anyTag=" + tag).then(), id);
        absent(given().get("/api/v1/articles?person=" + person).then(), id);
        absent(given().get("/api/v1/articles?q=" + word).then(), id);
        absent(given().get("/api/v1/articles?page=1&tag=" + tag).then(), id);
        given().get("/api/v1/search?q=" + word).then().statusCode(200).body("articles.id", not(hasItem(id)));
        // The change stream, from the beginning: a reader's last word on it is a tombstone (it was public once) or
        // nothing at all.
        String last = lastChangeInTheStream(id);
        if (last != null && !last.equals("delete")) {
            throw new AssertionError("the public change stream's last entry for " + id + " is '" + last + "'");
        }
        // Feeds: every format of all articles, the tag's and the person's (the id is in each item's urn:uuid).
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + tag, "/feeds/people/" + person)) {
            for (String format : List.of(".rss", ".atom", ".json")) {
                given().queryParam("limit", 100).get(feed + format).then().statusCode(200)
                        .body(not(containsString(id)));
            }
        }
        // Sitemaps and JSON-LD: no page of the article sitemap and not the news sitemap lists it; it has no JSON-LD.
        String address = Sitemaps.SITE + "/articles/" + slug;
        assertThat(Sitemaps.urlsOf("articles"), not(hasItem(address)));
        assertThat(Sitemaps.locs(Sitemaps.news()), not(hasItem(address)));
        given().get("/api/v1/articles/" + slug + "/jsonld").then().statusCode(404);
        given().get("/api/v1/articles/" + id + "/jsonld").then().statusCode(404);
        // A reader cannot ask for other statuses: the filter is refused or finds nothing of theirs.
        ValidatableResponse byStatus = given().get("/api/v1/articles?status=draft,scheduled,archived").then();
        if (byStatus.extract().statusCode() == 200) {
            absent(byStatus, id);
        } else {
            byStatus.statusCode(400);
        }
    }

    /** The tag's or person's count of articles, as readers see it. */
    public static void assertCounted(String resource, String slug, int published) {
        given().get("/api/v1/" + resource + "/" + slug).then().statusCode(200).body("articleCount", equalTo(published));
    }

    /** The action of the last entry for this id in the change stream a reader without a key gets, or null. */
    public static String lastChangeInTheStream(String id) {
        String last = null;
        String token = null;
        for (boolean more = true; more; ) {
            var request = given().queryParam("limit", 500);
            if (token != null) {
                request.queryParam("since", token);
            }
            var page = request.get("/api/v1/changes").then().statusCode(200).extract();
            List<String> ids = page.path("changes.id");
            List<String> actions = page.path("changes.action");
            for (int i = 0; i < ids.size(); i++) {
                if (ids.get(i).equals(id)) {
                    last = actions.get(i);
                }
            }
            token = page.path("next");
            more = page.path("hasMore");
        }
        return last;
    }

    private static void absent(ValidatableResponse list, String id) {
        list.statusCode(200).body("items.id", not(hasItem(id)));
    }
}
