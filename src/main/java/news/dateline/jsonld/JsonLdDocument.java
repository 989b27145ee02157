package news.dateline.jsonld;

import java.time.Instant;

/**
 * An article's JSON-LD as sent: its bytes, strong ETag and surrogate keys (the article first, then its tags and
 * people), and the latest change among what it shows.
 */
public record JsonLdDocument(byte[] json, String etag, Instant lastModified, String surrogateKeys) {
}
