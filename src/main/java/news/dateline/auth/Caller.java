package news.dateline.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is asking, in the terms content rules need: may they see unpublished work? */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Editors (any key with content:write) see drafts, scheduled and archived articles; readers see published ones. */
    public boolean isEditor() {
        return !identity.isAnonymous() && identity.hasRole(Roles.CONTENT_WRITE);
    }

    /** Whether the response depends on a key and so must not be stored by shared caches. */
    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }
}
