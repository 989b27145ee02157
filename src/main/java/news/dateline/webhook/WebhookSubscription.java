package news.dateline.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/**
 * A webhook subscription: where to POST which events, the secret that signs them, and the change log position it
 * was made at (it gets only the changes after it).
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String url;
    private String events;
    /**
     * Stored as given, not hashed (unlike API keys): the service signs every delivery with it, so it must be able to
     * read it back. It leaves the service only in the answer to the POST that made it.
     */
    private String secret;
    private long afterSeq;
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, List<String> events, String secret, long afterSeq, Instant now) {
        this.url = url;
        this.events = String.join(",", events);
        this.secret = secret;
        this.afterSeq = afterSeq;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getUrl() {
        return url;
    }

    /** The events and wildcards asked for, sorted, each once. */
    public List<String> getEvents() {
        return Arrays.asList(events.split(","));
    }

    public String getSecret() {
        return secret;
    }

    public long getAfterSeq() {
        return afterSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
