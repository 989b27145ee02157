package news.dateline.sync;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an offline app does with the change stream: keeps a token and a copy of each resource, applies every page
 * (upsert replaces, delete removes) until it is up to date.
 */
final class SyncClient {

    private final Supplier<RequestSpecification> caller;
    private final Map<String, Map<String, Object>> held = new HashMap<>();
    private String token;
    private long entriesSeen;

    private SyncClient(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    /** A reader without a key. */
    static SyncClient reader() {
        return new SyncClient(() -> given());
    }

    /** Syncs until the stream says it is up to date; returns how many pages that took. */
    int sync(int limit) {
        int pages = 0;
        for (boolean more = true; more; pages++) {
            RequestSpecification request = caller.get().queryParam("limit", limit);
            if (token != null) {
                request.queryParam("since", token);
            }
            var page = request.get("/api/v1/changes").then().statusCode(200).extract();
            List<Map<String, Object>> changes = page.path("changes");
            for (Map<String, Object> change : changes) {
                String key = change.get("type") + ":" + change.get("id");
                if (change.get("action").equals("delete")) {
                    held.remove(key);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) change.get("data");
                    held.put(key, data);
                }
                entriesSeen++;
            }
            token = page.path("next");
            more = page.path("hasMore");
        }
        return pages;
    }

    /** The copy this client holds of a resource ("article:<id>"), or null. */
    Map<String, Object> get(String key) {
        return held.get(key);
    }

    String token() {
        return token;
    }

    long entriesSeen() {
        return entriesSeen;
    }
}
