package news.dateline.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;

/**
 * The {@link Writer} of the current request, read from its security identity: each identity provider puts the key's
 * id and name in the identity's attributes ({@link #attributesOf}).
 */
@Singleton
public class Writers {

    /** The identity attribute holding the key's id (a {@link UUID}); absent for the environment's key. */
    private static final String KEY_ID = "dateline.key.id";
    /** The identity attribute holding the key's name. */
    private static final String KEY_NAME = "dateline.key.name";

    private final CurrentIdentityAssociation identities;

    Writers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /** The identity attributes that name this writer, for an identity provider to add. */
    public static Map<String, Object> attributesOf(Writer writer) {
        return writer.keyId() == null ? Map.of(KEY_NAME, writer.keyName())
                : Map.of(KEY_ID, writer.keyId(), KEY_NAME, writer.keyName());
    }

    /**
     * The key behind the current write. Requests that write need a key, so an anonymous identity is the service
     * writing on its own, outside any request (the demo content it loads at start): {@link Writer#SYSTEM}. A signed-in
     * identity without a key's name is a bug, not a reader.
     */
    public Writer current() {
        SecurityIdentity identity = identities.getIdentity();
        if (identity.isAnonymous()) {
            return Writer.SYSTEM;
        }
        String name = identity.getAttribute(KEY_NAME);
        if (name == null) {
            throw new IllegalStateException("a write by an identity that names no key: " + identity.getPrincipal());
        }
        return new Writer(identity.getAttribute(KEY_ID), name);
    }
}
