package news.dateline.webhook;

import java.time.Instant;

/**
 * How one attempt went: the target's status code when it answered, else why not.
 *
 * @param at when the attempt ended
 */
record Outcome(ClaimedDelivery delivery, Integer statusCode, String error, Instant at) {

    /** Longest error kept: a few words for an operator, never a body or a secret. */
    static final int MAX_ERROR = 300;

    static Outcome answered(ClaimedDelivery delivery, int statusCode, Instant at) {
        boolean ok = statusCode >= 200 && statusCode < 300;
        String error = ok ? null
                : "HTTP " + statusCode + (statusCode >= 300 && statusCode < 400 ? " (redirects are not followed)" : "");
        return new Outcome(delivery, statusCode, error, at);
    }

    static Outcome failed(ClaimedDelivery delivery, String error, Instant at) {
        return new Outcome(delivery, null, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error, at);
    }

    boolean delivered() {
        return error == null;
    }
}
