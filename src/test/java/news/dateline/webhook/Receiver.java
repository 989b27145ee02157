package news.dateline.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.dateline.LoopbackHttp;

/**
 * A webhook receiver for tests: a real HTTP server on 127.0.0.1 that answers with the statuses it is told to (200
 * when it runs out), and keeps what it received, each request's signature checked by its own code, as a receiver
 * following the Standard Webhooks instructions in openapi.yaml would check it.
 */
final class Receiver implements AutoCloseable {

    /** One request as received, and whether its signature and timestamp were good. */
    record Received(String id, long timestamp, String signature, String body, boolean verified, JsonNode json) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;

    Receiver() {
        try {
            server = LoopbackHttp.serve(0, this::handle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL to subscribe. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/dateline";
    }

    /** The secret to verify signatures with (the one the subscription's POST answered). */
    void verifyWith(String secret) {
        this.secret = secret;
    }

    /** The statuses to answer the next requests with, in order. */
    synchronized void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The event types received, in order of arrival. */
    List<String> types() {
        return received.stream().map(r -> r.json().path("type").asText()).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        long seconds = timestamp == null ? 0 : Long.parseLong(timestamp);
        String text = new String(body, StandardCharsets.UTF_8);
        received.add(new Received(id, seconds, signature, text,
                verified(id, timestamp, body, signature) && Math.abs(Instant.now().getEpochSecond() - seconds) <= 300,
                MAPPER.readTree(text)));
        int status;
        synchronized (this) {
            status = answers.isEmpty() ? 200 : answers.removeFirst();
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The Standard Webhooks check, written apart from the service's own signing code. */
    private boolean verified(String id, String timestamp, byte[] body, String header) {
        if (secret == null || id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
