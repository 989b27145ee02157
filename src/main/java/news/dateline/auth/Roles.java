package news.dateline.auth;

/**
 * The scopes an API key can carry; each is a role for {@code @RolesAllowed}. A key holds the roles its scopes imply:
 * {@code admin} implies {@code content:write}, which implies {@code content:read}.
 */
public final class Roles {

    /** Read published content when the service is private ({@code DATELINE_PUBLIC_READ=false}). */
    public static final String CONTENT_READ = "content:read";
    /** Create, change and delete articles, tags and people; read drafts. */
    public static final String CONTENT_WRITE = "content:write";
    /** Everything, including managing keys and webhooks. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
