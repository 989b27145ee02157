package news.dateline.auth;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import news.dateline.web.TokenPaths;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Private-read mode ({@code DATELINE_PUBLIC_READ=false}): every request under {@code /api/v1/} and {@code /feeds/}
 * (and for the sitemaps, {@code /sitemap.xml} and {@code /sitemaps/…}) needs a key with {@code content:read} (401
 * without a key, 403 with one that lacks it); health and the contract under {@code /q/} stay open. The response cache
 * is off in this mode (news.dateline.cache.ResponseCache), since it answers anonymous reads before any resource or
 * filter runs. A preview link ({@code /api/v1/previews/{token}}) needs no key: its token is the credential.
 */
class PrivateRead {

    private final boolean publicRead;
    private final CurrentIdentityAssociation identities;

    PrivateRead(AuthConfig config, CurrentIdentityAssociation identities) {
        this.publicRead = config.publicRead();
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireReadScope(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // A preview link's token is its own credential: whoever holds it may read that one preview.
        if (publicRead || TokenPaths.holdsToken(path.startsWith("/") ? path : "/" + path)
                || !(path.startsWith("/api/") || path.startsWith("api/") || path.startsWith("/feeds/")
                || path.startsWith("feeds/") || isSitemap(path))) {
            return Uni.createFrom().voidItem();
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().failure(new UnauthorizedException());
        }
        return identities.getDeferredIdentity().onItem().transformToUni(identity -> {
            if (identity.isAnonymous()) {
                return Uni.createFrom().failure(new UnauthorizedException());
            }
            return identity.hasRole(Roles.CONTENT_READ) ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(new ForbiddenException());
        });
    }

    // The sitemaps (news.dateline.sitemap) name published articles, with their titles: content like any other.
    private static boolean isSitemap(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("sitemap.xml") || relative.startsWith("sitemaps/");
    }
}
