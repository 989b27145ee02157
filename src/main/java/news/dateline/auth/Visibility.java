package news.dateline.auth;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * What of the newsroom's work a caller sees: the one rule for unpublished articles (drafts, scheduled, archived), which
 * every surface that shows articles asks ({@link Caller#visibility()}) instead of testing keys or scopes itself.
 * Unpublished work goes to {@code content:write} keys only; everyone else, a {@code content:read} key included (the
 * kind an app ships inside its binary, where anyone can extract it), sees exactly what the public sees, and what they
 * may not see is a 404, never a 403. What is made for the public whoever asks (feeds, sitemaps, webhook payloads, the
 * response cache, stored documents) is {@link #PUBLIC}.
 */
public enum Visibility {

    /** Published articles only: readers without a key, {@code content:read} keys, and every public artefact. */
    PUBLIC,
    /** Drafts, scheduled and archived articles too: {@code content:write} keys, which may change them anyway. */
    EDITORS;

    /**
     * The rule.
     *
     * @param key the identity of the key the request carried; null when it carried none (then authentication need not
     *            run at all)
     */
    static Visibility of(SecurityIdentity key) {
        // The next doors DESIGN.md names plug in here, and nowhere else:
        // - the `embargo:read` scope: a third value between PUBLIC and EDITORS (published and embargoed articles) for
        //   keys holding it, which the article queries then ask for instead of PUBLIC's status test;
        // - a preview token opens one article to whoever holds the token, at its own path, and leaves the holder's
        //   visibility as it is (so PUBLIC for everything else); its resource asks the token, not this rule.
        return key != null && !key.isAnonymous() && key.hasRole(Roles.CONTENT_WRITE) ? EDITORS : PUBLIC;
    }

    /** Whether drafts, scheduled and archived articles are shown too. */
    public boolean includesUnpublished() {
        return this == EDITORS;
    }
}
