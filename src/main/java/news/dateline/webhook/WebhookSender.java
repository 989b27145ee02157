package news.dateline.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;
import news.dateline.catalogue.Timestamps;
import news.dateline.retry.Backoff;

/**
 * Sends due deliveries, every {@code dateline.webhooks.dispatch-every}: claims a batch (row locks, {@code SKIP
 * LOCKED}) and leases it in one short transaction, POSTs them all at once with no transaction or row lock held, then
 * records each outcome in another: a 2xx delivers, anything else is tried again later (exponential backoff) until
 * {@code dateline.webhooks.max-attempts}. A sender that dies mid-send leaves its deliveries to be sent again when
 * their lease ends: at least once, never lost (receivers dedupe by {@code webhook-id}).
 */
@ActivateRequestContext // off any request: Hibernate needs a request context to choose its database
@Singleton
class WebhookSender {

    /** Beyond the send's own timeout, what a lease allows for checking the target's addresses and recording. */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    static final String USER_AGENT = "Dateline-Webhooks/1";

    private final Deliveries deliveries;
    private final WebhookConfig config;
    private final HttpClient client;

    WebhookSender(Deliveries deliveries, WebhookConfig config) {
        this.deliveries = deliveries;
        this.config = config;
        // Redirects are not followed: a 3xx is a failed attempt, so a target cannot bounce the request elsewhere
        // (past the address check). HTTP/1.1: every receiver speaks it, and no h2c upgrade dance on plain http.
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(this.config.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Sends a batch after another while batches come full, for at most about one period. */
    @Scheduled(every = "${dateline.webhooks.dispatch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        Instant until = Instant.now().plus(config.dispatchEvery());
        while (sendDue(Timestamps.now()) == config.batchSize() && Instant.now().isBefore(until)) {
            // more were due than one batch holds
        }
    }

    /** Claims what is due at {@code now}, sends it and records how it went; the number sent. */
    int sendDue(Instant now) {
        List<ClaimedDelivery> claimed = claim(now);
        if (claimed.isEmpty()) {
            return 0;
        }
        List<Outcome> outcomes = claimed.stream().map(this::attempt).toList().stream()
                .map(CompletableFuture::join).toList();
        record(outcomes);
        return claimed.size();
    }

    /** Claims and leases what is due at {@code now}, committed before anything is sent. */
    List<ClaimedDelivery> claim(Instant now) {
        Instant lease = now.plus(config.timeout()).plus(LEASE_MARGIN).truncatedTo(ChronoUnit.MICROS);
        return QuarkusTransaction.requiringNew().call(() -> deliveries.claim(now, config.batchSize(), lease));
    }

    private void record(List<Outcome> outcomes) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Outcome outcome : outcomes) {
                int attempts = outcome.delivery().attempts() + 1;
                String status;
                Instant next = null;
                if (outcome.delivered()) {
                    status = "delivered";
                } else if (attempts >= config.maxAttempts()) {
                    status = "failed";
                    Log.warnf("Webhook delivery %s given up after %d attempts: %s", outcome.delivery().id(), attempts,
                            outcome.error());
                } else {
                    status = "pending";
                    next = outcome.at().plus(Backoff.after(attempts, config.backoffBase(), config.backoffMax()))
                            .truncatedTo(ChronoUnit.MICROS);
                }
                if (!deliveries.record(outcome, status, next)) {
                    Log.infof("Webhook delivery %s was claimed again after its lease; its newer attempt counts",
                            outcome.delivery().id());
                }
            }
        });
    }

    /**
     * One signed POST; never fails, its outcome says how it went: one delivery that cannot be sent must not keep the
     * rest of its batch from being recorded.
     */
    private CompletableFuture<Outcome> attempt(ClaimedDelivery delivery) {
        try {
            return send(delivery);
        } catch (RuntimeException e) {
            Log.errorf(e, "Webhook delivery %s could not be sent", delivery.id());
            return CompletableFuture.completedFuture(Outcome.failed(delivery,
                    "the delivery could not be sent (" + e.getClass().getSimpleName() + ")", Timestamps.now()));
        }
    }

    private CompletableFuture<Outcome> send(ClaimedDelivery delivery) {
        Optional<byte[]> key = WebhookSecrets.keyOf(delivery.secret());
        if (key.isEmpty()) {
            return CompletableFuture.completedFuture(
                    Outcome.failed(delivery, "the subscription's secret cannot sign", Timestamps.now()));
        }
        Optional<String> refusal = TargetGuard.refusal(delivery.url(), config.allowPrivateTargets());
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(
                    Outcome.failed(delivery, "refused: the target URL " + refusal.get(), Timestamps.now()));
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        String id = delivery.id().toString();
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signatures.sign(id, timestamp, body, key.get()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(
                    Outcome.failed(delivery, "the target URL cannot be requested", Timestamps.now()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> failure == null
                        ? Outcome.answered(delivery, response.statusCode(), Timestamps.now())
                        : Outcome.failed(delivery, describe(failure), Timestamps.now()));
    }

    /** A few words on why a request got no answer: no message of the exception, which may quote the URL. */
    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "could not connect (connection refused or unreachable)";
        }
        if (cause instanceof SSLException) {
            return "the TLS handshake failed";
        }
        if (cause instanceof IOException) {
            return "the connection failed (" + cause.getClass().getSimpleName() + ")";
        }
        Log.errorf(cause, "Unexpected failure sending a webhook delivery");
        return "the request failed (" + cause.getClass().getSimpleName() + ")";
    }
}
