package news.dateline.purge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.dateline.LoopbackHttp;

/**
 * A stand-in for Fastly's API on 127.0.0.1 that checks each request the way the real one would take it (method, path,
 * token, content type, a JSON body of at most 256 surrogate keys) and answers 200 with Fastly's body, 400 or 401 when
 * the request is wrong, or 503 while it is told to fail.
 */
final class FastlyStub implements AutoCloseable {

    /** One request as received: the keys it purged, whether it was well formed, and the status it got. */
    record Purge(List<String> keys, boolean wellFormed, int status) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final String path;
    private final String token;
    private final List<Purge> received = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    FastlyStub(int port, String serviceId, String token) throws IOException {
        this.path = "/service/" + serviceId + "/purge";
        this.token = token;
        server = LoopbackHttp.serve(port, this::handle);
    }

    /** While failing, every request gets a 503, as Fastly's API gives when it cannot take one. */
    void failing(boolean failing) {
        this.failing = failing;
    }

    List<Purge> received() {
        return new ArrayList<>(received);
    }

    /** The requests that purged {@code key}, in order of arrival. */
    List<Purge> purgesOf(String key) {
        return received.stream().filter(purge -> purge.keys().contains(key)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        List<String> keys = new ArrayList<>();
        boolean wellFormed = "POST".equals(exchange.getRequestMethod())
                && path.equals(exchange.getRequestURI().getRawPath())
                && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
                && "application/json".equals(exchange.getRequestHeaders().getFirst("Accept"))
                && exchange.getRequestHeaders().getFirst("Fastly-Soft-Purge") == null
                && keysOf(body, keys);
        boolean authorised = token.equals(exchange.getRequestHeaders().getFirst("Fastly-Key"));
        int status = !authorised ? 401 : !wellFormed ? 400 : failing ? 503 : 200;
        received.add(new Purge(keys, wellFormed && authorised, status));
        // The real API answers a batch purge with each key's purge id.
        StringBuilder answer = new StringBuilder("{");
        for (int i = 0; status == 200 && i < keys.size(); i++) {
            answer.append(i == 0 ? "" : ",").append(MAPPER.writeValueAsString(keys.get(i)))
                    .append(":\"").append(i).append("-purge\"");
        }
        byte[] bytes = (status == 200 ? answer.append('}').toString() : "{\"msg\":\"refused\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Reads {@code {"surrogate_keys": [...]}} into {@code keys}: at least one, at most 256, all strings. */
    private static boolean keysOf(byte[] body, List<String> keys) {
        try {
            JsonNode json = MAPPER.readTree(body);
            JsonNode array = json.path("surrogate_keys");
            if (json.size() != 1 || !array.isArray() || array.isEmpty() || array.size() > 256) {
                return false;
            }
            for (JsonNode key : array) {
                if (!key.isTextual() || key.asText().isBlank() || key.asText().length() > 1024) {
                    return false;
                }
                keys.add(key.asText());
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
