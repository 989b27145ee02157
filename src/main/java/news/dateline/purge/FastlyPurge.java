package news.dateline.purge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.dateline.web.Json;

/**
 * Purges at a Fastly service through its API's batch surrogate-key purge: {@code POST /service/{id}/purge} with the
 * token in {@code Fastly-Key} and the keys as {@code {"surrogate_keys": [...]}}, at most 256 at a time. A hard purge
 * (no {@code Fastly-Soft-Purge}): the next reader gets the change, not a stale copy while it is fetched.
 */
final class FastlyPurge implements PurgeTarget {

    /** The API's limit per batch request. */
    private static final int MAX_KEYS = 256;

    private final URI endpoint;
    private final String token;
    private final PurgeRequests requests;
    private final ObjectMapper mapper;

    FastlyPurge(URI apiUrl, String serviceId, String token, PurgeRequests requests, ObjectMapper mapper) {
        this.endpoint = apiUrl.resolve("/service/" + URLEncoder.encode(serviceId, StandardCharsets.UTF_8) + "/purge");
        this.token = token;
        this.requests = requests;
        this.mapper = mapper;
    }

    @Override
    public String name() {
        return "fastly";
    }

    @Override
    public int maxKeysPerRequest() {
        return MAX_KEYS;
    }

    @Override
    public void purge(List<String> keys) throws PurgeFailed {
        requests.send(requests.bounded(HttpRequest.newBuilder(endpoint))
                .header("Fastly-Key", token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.string(mapper, Map.of("surrogate_keys", keys))))
                .build(), "Fastly");
    }
}
