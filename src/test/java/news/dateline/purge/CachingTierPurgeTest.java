package news.dateline.purge;

import static io.restassured.RestAssured.given;
import static news.dateline.Api.createArticle;
import static news.dateline.Api.createTag;
import static news.dateline.Api.etagOf;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purge on change, end to end: the test server behind a real Varnish running the deployment's VCL, and a Fastly
 * stand-in that checks every request. What a reader sees through Varnish stays cached (a HIT) until a change makes it
 * stale, and is fresh on the next read after the purge: well before its 60 s max-age could have run out. Nothing here
 * waits longer than it must: each check polls until it holds, within a bound that only a broken purge reaches.
 */
@QuarkusTest
@TestProfile(CachingTiers.class)
class CachingTierPurgeTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static VarnishServer varnish;
    private static FastlyStub fastly;
    /** Why the tiers did not start, once they failed to: the other tests report it instead of trying again. */
    private static Exception setupFailure;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void startTiers() throws Exception {
        if (setupFailure != null) {
            throw new IllegalStateException("the caching tiers did not start: " + setupFailure.getMessage(),
                    setupFailure);
        }
        if (varnish == null) {
            try {
                // A cursor left by an earlier run would purge everything other tests changed since: start at the end.
                try (Connection connection = dataSource.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.executeUpdate("delete from purge_cursor");
                }
                fastly = new FastlyStub(CachingTiers.fastlyPort(), CachingTiers.FASTLY_SERVICE,
                        CachingTiers.FASTLY_TOKEN);
                varnish = VarnishServer.start(CachingTiers.varnishPort(), RestAssured.port);
            } catch (Exception e) {
                // Release what did start: a port left bound would turn each later test's setup into "Address already
                // in use", hiding this cause.
                setupFailure = e;
                stopTiers();
                throw e;
            }
        }
        fastly.failing(false);
    }

    @AfterAll
    static void stopTiers() {
        VarnishServer startedVarnish = varnish;
        FastlyStub startedFastly = fastly;
        varnish = null;
        fastly = null;
        try {
            if (startedVarnish != null) {
                startedVarnish.close();
            }
        } finally {
            if (startedFastly != null) {
                startedFastly.close();
            }
        }
    }

    @Test
    void aPublishedEditIsFreshThroughVarnishOnTheNextReadAfterThePurge() {
        String title = "Purged article " + unique();
        String slug = createArticle(Map.of("title", title, "status", "published")).path("slug");
        String path = "/api/v1/articles/" + slug;
        assertEquals(title, throughVarnish(path).path("title"));
        ExtractableResponse<Response> hit = throughVarnish(path);
        assertEquals("HIT", hit.header("X-Cache"));

        String edited = title + ", edited";
        mergePatch(etagOf(path)).body(Map.of("title", edited)).patch(path).then().statusCode(200);

        ExtractableResponse<Response> fresh = awaitThroughVarnish(path, r -> edited.equals(r.path("title")));
        assertEquals("MISS", fresh.header("X-Cache"), "the purge dropped the copy; the TTL had not run out");
        assertEquals("HIT", throughVarnish(path).header("X-Cache"), "and the fresh answer is cached again");
    }

    @Test
    void aNewArticleRefreshesTheListsAndTheCountsOfItsTag() {
        var tag = createTag("Purged tag " + unique());
        String tagPath = "/api/v1/tags/" + tag.path("slug");
        String listPath = "/api/v1/articles?tag=" + tag.path("slug");
        assertEquals(0, (int) throughVarnish(tagPath).path("articleCount"));
        assertEquals(0, throughVarnish(listPath).<List<?>>path("items").size());
        assertEquals("HIT", throughVarnish(tagPath).header("X-Cache"));
        assertEquals("HIT", throughVarnish(listPath).header("X-Cache"));

        createArticle(Map.of("title", "In the purged tag " + unique(), "status", "published",
                "tags", List.of(tag.path("id").toString())));

        awaitThroughVarnish(tagPath, r -> r.path("articleCount").equals(1));
        awaitThroughVarnish(listPath, r -> r.<List<?>>path("items").size() == 1);
    }

    @Test
    void keyedReadsPassVarnishAndOnlyTheInstancesMayPurge() throws IOException {
        String slug = createArticle(Map.of("title", "Keyed read " + unique(), "status", "published")).path("slug");
        String path = "/api/v1/articles/" + slug;
        throughVarnish(path);
        for (int i = 0; i < 2; i++) {
            assertEquals("MISS", given().baseUri(varnish.url()).port(varnish.port())
                    .header("Authorization", "Bearer " + news.dateline.Api.KEY).get(path)
                    .then().statusCode(200).header("Cache-Control", "private, no-store").extract().header("X-Cache"));
        }

        List<String> purge = List.of("PURGE / HTTP/1.1", "xkey-purge: articles");
        assertEquals("HTTP/1.1 403 Purging is for the instances only", varnish.requestFrom("127.0.0.2", purge));
        assertEquals("HIT", throughVarnish(path).header("X-Cache"), "a refused purge drops nothing");
        assertEquals("HTTP/1.1 400 No xkey-purge header", varnish.requestFrom("127.0.0.1", List.of("PURGE / HTTP/1.1")));
        assertTrue(varnish.requestFrom("127.0.0.1", purge).startsWith("HTTP/1.1 200 Invalidated "));
        assertEquals("HIT", throughVarnish(path).header("X-Cache"), "an article is not under the list's key");
    }

    @Test
    void previewLinksPassVarnishSoARevokedOneIsGoneAtOnce() {
        String path = "/api/v1/articles/" + createArticle(Map.of("title", "Previewed " + unique())).path("id");
        var minted = news.dateline.Api.editor().body(Map.of()).post(path + "/previews").then().statusCode(201)
                .extract();
        String preview = "/api/v1/previews/" + minted.path("token");
        for (int i = 0; i < 2; i++) {
            assertEquals("MISS", throughVarnish(preview).header("X-Cache"));
        }
        news.dateline.Api.editor().delete(path + "/previews/" + minted.path("id")).then().statusCode(204);
        given().baseUri(varnish.url()).port(varnish.port()).get(preview).then().statusCode(404);
    }

    @Test
    void aChangeIsPurgedAtFastlyByItsKeysWithTheToken() {
        var tag = createTag("Fastly tag " + unique());
        String key = "tag:" + tag.path("id");

        await(() -> !fastly.purgesOf(key).isEmpty(), "Fastly was asked to purge " + key);
        FastlyStub.Purge purge = fastly.purgesOf(key).get(0);
        assertTrue(purge.wellFormed(), "POST /service/{id}/purge, Fastly-Key, JSON in and out, a hard purge");
        assertEquals(200, purge.status());
        assertTrue(purge.keys().containsAll(List.of(key, "tags", "search")), purge.keys().toString());
        assertTrue(fastly.received().stream().allMatch(FastlyStub.Purge::wellFormed), fastly.received().toString());
    }

    @Test
    void aTierThatFailsIsTriedAgainWhileTheOtherIsPurgedAndWritesGoOn() {
        fastly.failing(true);
        String title = "Fastly down " + unique();
        var article = createArticle(Map.of("title", title, "status", "published"));
        String key = "article:" + article.path("id");
        String path = "/api/v1/articles/" + article.path("slug");
        throughVarnish(path);
        assertEquals("HIT", throughVarnish(path).header("X-Cache"));

        mergePatch(etagOf(path)).body(Map.of("title", title + ", edited")).patch(path).then().statusCode(200);

        awaitThroughVarnish(path, r -> (title + ", edited").equals(r.path("title")));
        await(() -> fastly.purgesOf(key).size() >= 3, "Fastly was asked again after refusing");
        assertTrue(fastly.purgesOf(key).stream().allMatch(p -> p.status() == 503), fastly.purgesOf(key).toString());

        fastly.failing(false);
        await(() -> fastly.purgesOf(key).stream().anyMatch(p -> p.status() == 200), "Fastly confirmed the purge");
        int confirmedAt = fastly.received().size();
        mergePatch(etagOf(path)).body(Map.of("title", title + ", again")).patch(path).then().statusCode(200);
        await(() -> fastly.received().size() > confirmedAt, "the next change is purged too");
        assertFalse(fastly.received().subList(confirmedAt, fastly.received().size()).stream()
                .anyMatch(p -> p.status() != 200), "once the tier is back, every purge is confirmed");
    }

    private static ExtractableResponse<Response> throughVarnish(String path) {
        return given().baseUri("http://127.0.0.1").port(varnish.port()).get(path).then().statusCode(200).extract();
    }

    private static ExtractableResponse<Response> awaitThroughVarnish(String path,
            Predicate<ExtractableResponse<Response>> fresh) {
        return poll().alias("still stale through Varnish after " + BOUND + ": " + path)
                .until(() -> throughVarnish(path), fresh);
    }

    private static void await(BooleanSupplier condition, String what) {
        poll().alias(what + " within " + BOUND).until(condition::getAsBoolean);
    }

    /** Checks at once, then every 20 ms, until {@link #BOUND}. */
    private static ConditionFactory poll() {
        return Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(BOUND);
    }
}
