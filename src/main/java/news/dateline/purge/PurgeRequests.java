package news.dateline.purge;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends a purge request and tells whether the tier confirmed it (a 2xx), over one HTTP client the tiers share. */
final class PurgeRequests {

    private final HttpClient client;
    private final Duration timeout;

    PurgeRequests(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** A request to {@code builder}'s address, bounded by the purge timeout. */
    HttpRequest.Builder bounded(HttpRequest.Builder builder) {
        return builder.timeout(timeout);
    }

    void send(HttpRequest request, String tier) throws PurgeFailed {
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PurgeFailed(tier + " at " + request.uri() + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PurgeFailed(tier + " purge interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new PurgeFailed(tier + " at " + request.uri() + " answered " + response.statusCode() + ": "
                    + abbreviated(response.body()));
        }
    }

    private static String abbreviated(String body) {
        String line = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
