package news.dateline.key;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import news.dateline.auth.Writer;
import news.dateline.auth.Writers;

/**
 * Checks a bearer key against the keys made through the API (after news.dateline.auth.ApiKeyIdentityProvider, the
 * environment's admin key). The key is found by the SHA-256 digest of what was presented, through the digest's
 * unique index: comparing digests, not secrets, is what keeps the lookup from leaking the secret through timing.
 * Database work runs on a worker thread ({@code runBlocking}), never on the event loop.
 */
@ApplicationScoped
public class StoredKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final KeyService keys;
    private final KnownKeys known;

    StoredKeyIdentityProvider(KeyService keys, KnownKeys known) {
        this.keys = keys;
        this.known = known;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String digest = Secrets.digest(request.getToken().getToken());
        Optional<KnownKeys.Grant> cached = known.cached(digest);
        Instant now = keys.now();
        if (cached != null && cached.isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
        }
        if (cached != null && !cached.get().claimNote(now)) {
            return Uni.createFrom().item(identity(cached.get()));
        }
        return context.runBlocking(() -> {
            KnownKeys.Grant grant;
            if (cached != null) {
                grant = cached.get(); // its use is due to be written
            } else {
                long readAt = known.generation();
                Optional<KnownKeys.Grant> found = keys.live(digest);
                known.remember(digest, found, readAt);
                grant = found.orElseThrow(() -> new AuthenticationFailedException("unknown API key"));
                if (!grant.claimNote(now)) {
                    return identity(grant);
                }
            }
            try {
                keys.noteUse(grant.id, now, now.minus(KnownKeys.NOTE_USE_EVERY));
            } catch (RuntimeException e) { // a note of use is no reason to refuse the request it notes
                Log.warnf("Could not note the use of API key %s: %s", grant.id, e.getMessage());
            }
            return identity(grant);
        });
    }

    @Override
    public int priority() {
        return 0;
    }

    private static SecurityIdentity identity(KnownKeys.Grant grant) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("key:" + grant.id))
                .addRoles(grant.roles)
                .addAttributes(Writers.attributesOf(new Writer(grant.id, grant.name)))
                .build();
    }
}
