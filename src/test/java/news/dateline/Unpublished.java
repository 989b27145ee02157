package news.dateline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.dateline.sitemap.Sitemaps;

/**
 * What "drafts never leak" means, as one check every surface adds to: an article readers may not see (draft,
 * scheduled, archived) is absent from everything a reader can ask for, both without a key and with a
 * {@code content:read} key (the kind an app ships inside its binary, where anyone can extract it: it sees exactly what
 * the public sees; only {@code content:write} keys see unpublished work, see {@code auth/Visibility}). Each place that
 * can show an article to readers (lists and their filters and facets, search, counts, the change stream, feeds and the
 * corrections feeds, sitemaps, JSON-LD, its history, preview links) gets a line in {@link #assertInvisible}.
 */
public final class Unpublished {

    private Unpublished() {
    }

    /**
     * Runs every check as an anonymous reader and again as a {@code content:read} key made for it.
     *
     * @param id     the hidden article's id
     * @param slug   its slug
     * @param word   a word only its title holds, to search for
     * @param tag    the slug of a tag it carries
     * @param person the slug of a person linked to it
     * @param sibling the slug of a published article of its translation group, whose every surface must not name it
     */
    public static void assertInvisible(String id, String slug, String word, String tag, String person,
            String sibling) {
        String readKey = Api.editor().body(Map.of("name", "read-only app " + Api.unique(), "scopes",
                List.of("content:read"))).post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        // A live preview link is a door to this one article for whoever holds it, and to nothing else: with one
        // minted, every check below still finds the article nowhere; the link itself is for no cache and no crawler.
        String preview = Api.editor().body(Map.of()).post("/api/v1/articles/" + id + "/previews").then()
                .statusCode(201).extract().path("url");
        Map<String, Supplier<RequestSpecification>> readers = new LinkedHashMap<>();
        readers.put("a reader without a key", RestAssured::given);
        readers.put("a content:read key", () -> given().header("Authorization", "Bearer " + readKey));
        readers.forEach((who, as) -> {
            try {
                as.get().get(preview).then().statusCode(200).header("Cache-Control", "private, no-store")
                        .header("X-Robots-Tag", "noindex").body("id", equalTo(id));
                assertInvisible(as, id, slug, word, tag, person, sibling);
            } catch (AssertionError e) {
                throw new AssertionError("as " + who + ": " + e.getMessage(), e);
            }
        });
    }

    private static void assertInvisible(Supplier<RequestSpecification> as, String id, String slug, String word,
            String tag, String person, String sibling) {
        as.get().get("/api/v1/articles/" + slug).then().statusCode(404);
        as.get().get("/api/v1/articles/" + id).then().statusCode(404);
        as.get().get("/api/v1/articles/" + slug + "/previews").then().statusCode(404);
        absent(as.get().get("/api/v1/articles?limit=100").then(), id);
        absent(as.get().get("/api/v1/articles?tag=" + tag).then(), id);
        absent(as.get().get("/api/v1/articles?anyTag=" + tag).then(), id);
        absent(as.get().get("/api/v1/articles?person=" + person).then(), id);
        absent(as.get().get("/api/v1/articles?q=" + word).then(), id);
        absent(as.get().get("/api/v1/articles?page=1&tag=" + tag).then(), id);
        as.get().get("/api/v1/search?q=" + word).then().statusCode(200).body("articles.id", not(hasItem(id)));
        // Facets count what the list holds and nothing else, in every dimension, and so do their counts without a
        // filter of their own (the tag's list without its language is the tag's whole list).
        for (String list : List.of("tag=" + tag, "person=" + person, "q=" + word)) {
            countsOnlyTheListed(as, list, tag, person);
        }
        int tagged = as.get().get("/api/v1/articles?limit=100&tag=" + tag).then().statusCode(200).extract()
                .path("items.size()");
        assertThat(sum(as.get().get("/api/v1/articles?facets=language&language=en&tag=" + tag).then().statusCode(200)
                .extract().path("facets.language.withoutOwnFilter.values.count")), equalTo(tagged));
        // The change stream, from the beginning: the caller's last word on it is a tombstone (it was public once) or
        // nothing at all.
        String last = lastChangeInTheStream(as, id);
        if (last != null && !last.equals("delete")) {
            throw new AssertionError("the change stream's last entry for " + id + " is '" + last + "'");
        }
        // Feeds: every format of all articles, the tag's and the person's (the id is in each item's urn:uuid).
        for (String feed : List.of("/feeds/articles", "/feeds/tags/" + tag, "/feeds/people/" + person)) {
            for (String format : List.of(".rss", ".atom", ".json")) {
                as.get().queryParam("limit", 100).get(feed + format).then().statusCode(200)
                        .body(not(containsString(id)));
            }
        }
        // Sitemaps and JSON-LD: no page of the article sitemap and not the news sitemap lists it; it has no JSON-LD.
        String address = Sitemaps.SITE + "/articles/" + slug;
        // The corrections feeds: no note on it (it may have had some while published) links it, in any format.
        for (String format : List.of(".rss", ".atom", ".json")) {
            as.get().queryParam("limit", 100).get("/feeds/corrections" + format).then().statusCode(200)
                    .body(not(containsString(address + "<")), not(containsString(address + "\"")));
        }
        assertThat(Sitemaps.urlsOf("articles", as), not(hasItem(address)));
        assertThat(Sitemaps.locs(Sitemaps.news(as)), not(hasItem(address)));
        // Its published translation lists it nowhere: not in translations, not as a Link, not in JSON-LD, and the
        // sitemaps give it no hreflang alternate.
        as.get().get("/api/v1/articles/" + sibling).then().statusCode(200)
                .body("translations.slug", not(hasItem(slug)))
                .header("Link", anyOf(nullValue(), not(containsString("/" + slug + ">"))));
        as.get().get("/api/v1/articles/" + sibling + "/jsonld").then().statusCode(200)
                .body(not(containsString(address + "\"")));
        assertThat(Sitemaps.alternatesOf("articles", as), not(hasItem(address)));
        as.get().get("/api/v1/articles/" + slug + "/jsonld").then().statusCode(404);
        as.get().get("/api/v1/articles/" + id + "/jsonld").then().statusCode(404);
        // History is for editors: its revisions, their snapshots and diffs are the 404 of an unknown article.
        for (String history : List.of("/revisions", "/revisions/0", "/revisions/0/diff")) {
            as.get().get("/api/v1/articles/" + id + history).then().statusCode(404);
            as.get().get("/api/v1/articles/" + slug + history).then().statusCode(404);
        }
        // A reader cannot ask for other statuses: the filter is refused or finds nothing of theirs.
        ValidatableResponse byStatus = as.get().get("/api/v1/articles?status=draft,scheduled,archived").then();
        if (byStatus.extract().statusCode() == 200) {
            absent(byStatus, id);
        } else {
            byStatus.statusCode(400);
        }
    }

    // Each facet of this list counts exactly the articles it lists (at most 100 here, all on one page).
    private static void countsOnlyTheListed(Supplier<RequestSpecification> as, String list, String tag,
            String person) {
        var answer = as.get().get("/api/v1/articles?limit=100&facets=tags,people,language,year&" + list).then()
                .statusCode(200).extract();
        int listed = answer.path("items.size()");
        List<Integer> tagCount = answer.path("facets.tags.values.findAll { it.slug == '" + tag + "' }.count");
        List<Integer> personCount = answer.path("facets.people.values.findAll { it.slug == '" + person + "' }.count");
        assertThat(list + ": the tag's count", sum(tagCount), equalTo(listed));
        assertThat(list + ": the person's count", sum(personCount), equalTo(listed));
        assertThat(list + ": languages", sum(answer.path("facets.language.values.count")), equalTo(listed));
        assertThat(list + ": years", sum(answer.path("facets.year.values.count")), equalTo(listed));
    }

    private static int sum(List<Integer> counts) {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    /** The tag's or person's count of articles, as readers see it. */
    public static void assertCounted(String resource, String slug, int published) {
        given().get("/api/v1/" + resource + "/" + slug).then().statusCode(200).body("articleCount", equalTo(published));
    }

    /** The action of the last entry for this id in the change stream a reader without a key gets, or null. */
    public static String lastChangeInTheStream(String id) {
        return lastChangeInTheStream(RestAssured::given, id);
    }

    /** The action of the last entry for this id in the change stream this caller gets, or null. */
    public static String lastChangeInTheStream(Supplier<RequestSpecification> as, String id) {
        String last = null;
        String token = null;
        for (boolean more = true; more; ) {
            var request = as.get().queryParam("limit", 500);
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
