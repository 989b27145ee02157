package news.dateline.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, in the terms content rules need: what they see ({@link Visibility}), whether they edit, whether the
 * answer is theirs alone.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;

    Caller(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /** What this caller sees: the one rule for unpublished articles, {@link Visibility#of}. */
    public Visibility visibility() {
        return Visibility.of(isAuthenticated() ? identity : null);
    }

    /**
     * Whether the caller writes content (content:write), so gets an article's Markdown by default. Not what it may see:
     * that is {@link #visibility()}.
     */
    public boolean isEditor() {
        return isAuthenticated() && identity.hasRole(Roles.CONTENT_WRITE);
    }

    /** Whether the response depends on a key and so must not be stored by shared caches. */
    public boolean isAuthenticated() {
        // Keys come only in Authorization (BearerKeyMechanism): without one the caller is a reader, which is known
        // without running authentication (a tenth of a reader's request, measured with JFR).
        return request.headers().contains(HttpHeaders.AUTHORIZATION) && !identity.isAnonymous();
    }
}
