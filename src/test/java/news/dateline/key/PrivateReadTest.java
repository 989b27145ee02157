package news.dateline.key;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.PROBLEM;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import news.dateline.Api;
import news.dateline.LockedDown;
import org.junit.jupiter.api.Test;

/** With {@code DATELINE_PUBLIC_READ=false} every read needs a content:read key, and nothing is served from memory. */
@QuarkusTest
@TestProfile(LockedDown.class)
class PrivateReadTest {

    @Test
    void readsWithoutAKeyAreRefused() {
        String slug = Api.createArticle(Map.of("title", "Private " + Api.unique(), "status", "published"))
                .path("slug");
        for (String path : new String[] {"/api/v1/articles", "/api/v1/articles/" + slug, "/api/v1/tags",
                "/api/v1/people", "/api/v1/search?q=private", "/feeds/articles.rss", "/feeds/articles.json",
                // The sitemaps name published articles too, though they sit outside /api/v1.
                "/api/v1/articles/" + slug + "/jsonld", "/sitemap.xml", "/sitemaps/articles-1.xml",
                "/sitemaps/news.xml"}) {
            // Twice: a first answer must not be kept and served from memory to the next anonymous reader.
            for (int i = 0; i < 2; i++) {
                given().get(path).then().statusCode(401).contentType(PROBLEM)
                        .header("WWW-Authenticate", startsWith("Bearer realm=\"dateline\""));
            }
        }
    }

    @Test
    void aContentReadKeyReadsPublishedContentPrivately() {
        String slug = Api.createArticle(Map.of("title", "Readable " + Api.unique(), "status", "published"))
                .path("slug");
        String secret = KeyResourceTest.issue("content:read").path("secret");
        for (int i = 0; i < 2; i++) {
            KeyResourceTest.with(secret).get("/api/v1/articles").then().statusCode(200)
                    .header("Cache-Control", is("private, no-store"))
                    .body("items.slug", hasItem(slug));
        }
        KeyResourceTest.with(secret).get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        KeyResourceTest.with(secret).get("/feeds/articles.json").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"))
                .body("items.url", hasItem(endsWith("/articles/" + slug)));
        KeyResourceTest.with(secret).accept("application/xml").get("/sitemaps/news.xml").then().statusCode(200)
                .header("Cache-Control", is("private, no-store"));
        given().get("/api/v1/articles/" + slug).then().statusCode(401);
    }

    @Test
    void writeAndAdminKeysReadToo() {
        for (String scope : new String[] {"content:write", "admin"}) {
            KeyResourceTest.with(KeyResourceTest.issue(scope).path("secret")).get("/api/v1/tags").then()
                    .statusCode(200);
        }
        Api.editor().get("/api/v1/people").then().statusCode(200); // the environment's admin key
    }

    @Test
    void aPreviewLinkNeedsNoKeyItsTokenIsTheCredential() {
        String path = "/api/v1/articles/" + Api.createArticle(Map.of("title", "Previewed " + Api.unique())).path("id");
        String token = Api.editor().body("{}").post(path + "/previews").then().statusCode(201).extract()
                .path("token");
        given().get("/api/v1/previews/" + token).then().statusCode(200);
        given().get(path + "/previews").then().statusCode(401); // everything else under /api/v1 still needs one
    }

    @Test
    void healthAndTheContractStayOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
