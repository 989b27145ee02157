package news.dateline.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import news.dateline.web.Digests;

/**
 * Checks a bearer key against the environment's admin key ({@code DATELINE_ADMIN_KEY}). Only a SHA-256 digest of it
 * is kept in memory, and digests are compared in constant time, so neither the key nor its length leaks through
 * timing. Any other key is left to the next provider (news.dateline.key: the keys made through the API), and a key
 * no provider knows fails authentication.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Optional<byte[]> adminKeyDigest;

    ApiKeyIdentityProvider(AuthConfig config) {
        this.adminKeyDigest = config.adminKey().filter(k -> !k.isBlank()).map(Digests::sha256);
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] presented = Digests.sha256(request.getToken().getToken());
        if (adminKeyDigest.isPresent() && MessageDigest.isEqual(adminKeyDigest.get(), presented)) {
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("admin-key"))
                    .addRoles(Set.of(Roles.ADMIN, Roles.CONTENT_WRITE, Roles.CONTENT_READ))
                    .addAttributes(Writers.attributesOf(Writer.ENV))
                    .build());
        }
        return Uni.createFrom().nullItem(); // not this provider's key: the stored keys are asked next
    }

    /** Before the stored keys: the environment's key needs no database. */
    @Override
    public int priority() {
        return 10;
    }

}
