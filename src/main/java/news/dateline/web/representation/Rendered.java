package news.dateline.web.representation;

import java.time.Instant;

/**
 * A representation rendered before it was asked for (a stored document): the JSON, its strong ETag, when what it
 * shows last changed, and the surrogate keys of what it shows.
 */
public record Rendered(String json, String etag, Instant updatedAt, String surrogateKeys, String language,
        String alternates) implements Translated {
}
