package news.dateline.auth;

import java.util.UUID;

/**
 * Who made a write, as history records it: the API key's id and name ({@code env} for the environment's admin key,
 * which has no id), the scheduler for what it publishes, or the service itself.
 */
public record Writer(UUID keyId, String keyName) {

    /** The environment's admin key ({@code DATELINE_ADMIN_KEY}). */
    public static final Writer ENV = new Writer(null, "env");
    /** Scheduled publishing: no key, no request. */
    public static final Writer SCHEDULER = new Writer(null, "scheduler");
    /** The service itself, outside any request: the demo content it loads at start. */
    public static final Writer SYSTEM = new Writer(null, "system");
}
