package news.dateline.auth;

import io.quarkus.security.AuthenticationFailedException;
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
import news.dateline.DatelineConfig;
import news.dateline.web.Digests;

/**
 * Checks a bearer key. Only a SHA-256 digest of the admin key is kept in memory, and digests are compared in
 * constant time, so neither the key nor its length leaks through timing.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final Optional<byte[]> adminKeyDigest;

    ApiKeyIdentityProvider(DatelineConfig config) {
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
                    .addRoles(java.util.Set.of(Roles.ADMIN, Roles.CONTENT_WRITE))
                    .build());
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
    }

}
