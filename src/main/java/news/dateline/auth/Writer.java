package news.dateline.auth;

import java.util.UUID;

/**
 * Who made a write, as history records it: the API key's id and name ({@code env} for the environment's admin key,
 * which has no id), the scheduler for what it publishes, or the demo content's loader.
 */
public record Writer(UUID keyId, String keyName) {

    /** The environment's admin key ({@code DATELINE_ADMIN_KEY}). */
    public static final Writer ENV = new Writer(null, "env");
    /** Scheduled publishing: no key, no request. */
    public static final Writer SCHEDULER = new Writer(null, "scheduler");
    /** The demo content, loaded at start-up ({@code DATELINE_SEED_DEMO}): no key, no request. */
    public static final Writer DEMO = new Writer(null, "demo");
}
