package news.dateline.article;

import static news.dateline.Api.createArticle;
import static news.dateline.Api.createPerson;
import static news.dateline.Api.createTag;
import static news.dateline.Api.editor;
import static news.dateline.Api.mergePatch;
import static news.dateline.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.Unpublished;
import org.junit.jupiter.api.Test;

/** Draft, scheduled and archived articles exist for editors only: readers find them nowhere, not even counted. */
@QuarkusTest
class DraftsNeverLeakTest {

    @Test
    void hiddenArticlesAppearNowhereAReaderLooks() {
        String word = "zqhidden" + unique().replaceAll("[0-9-]", "");
        String tag = createTag("Hidden tag " + unique()).path("slug");
        String person = createPerson("Hidden person " + unique()).path("slug");
        Map<String, Object> links = Map.of("tags", List.of(tag), "people", List.of(Map.of("person", person,
                "role", "subject")), "body", "The " + word + " story.");
        String published = createArticle(with(links, "title", "Published " + word, "status", "published"))
                .path("slug");
        // Each hidden one is a translation of the published one: its group must not give it away either.
        var draft = createArticle(with(links, "title", "Draft " + word, "language", "de",
                "translationOf", published));
        var scheduled = createArticle(with(links, "title", "Scheduled " + word, "status", "scheduled",
                "publishAt", "2999-01-01T00:00:00Z", "language", "fr", "translationOf", published));
        var archived = createArticle(with(links, "title", "Archived " + word, "status", "published",
                "language", "it", "translationOf", published));
        // A note while it was published: the corrections feeds showed it, and must forget it once it is archived.
        String noted = editor().header("If-Match", archived.header("ETag"))
                .body(Map.of("kind", "correction", "text", "A note on the " + word + " story."))
                .post("/api/v1/articles/" + archived.path("id") + "/corrections").then().statusCode(201)
                .extract().header("ETag");
        mergePatch(noted).body(Map.of("status", "archived"))
                .patch("/api/v1/articles/" + archived.path("id")).then().statusCode(200);

        for (var hidden : List.of(draft, scheduled, archived)) {
            Unpublished.assertInvisible(hidden.path("id"), hidden.path("slug"), word, tag, person, published);
        }
        Unpublished.assertCounted("tags", tag, 1);
        Unpublished.assertCounted("people", person, 1);
    }

    private static Map<String, Object> with(Map<String, Object> links, Object... pairs) {
        Map<String, Object> body = new HashMap<>(links);
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
