package news.dateline.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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
     * Runs work with no key behind it (start-up, the demo content) as this writer: its writes are recorded as
     * {@code writer}'s. The current identity is restored afterwards.
     */
    public <T> T as(Writer writer, Supplier<T> work) {
        SecurityIdentity before = identities.getIdentity();
        identities.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(writer.keyName()))
                .addAttributes(attributesOf(writer)).build());
        try {
            return work.get();
        } finally {
            identities.setIdentity(before);
        }
    }

    /** The key behind the current request; writes need one, so an identity without it is a bug, not a reader. */
    public Writer current() {
        SecurityIdentity identity = identities.getIdentity();
        String name = identity.getAttribute(KEY_NAME);
        if (name == null) {
            throw new IllegalStateException("a write without a key: " + identity.getPrincipal());
        }
        return new Writer(identity.getAttribute(KEY_ID), name);
    }
}
