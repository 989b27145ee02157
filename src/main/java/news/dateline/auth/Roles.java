package news.dateline.auth;

/** The scopes an API key can carry; each is a role for {@code @RolesAllowed}. */
public final class Roles {

    /** Create, change and delete articles, tags and people; read drafts. */
    public static final String CONTENT_WRITE = "content:write";
    /** Everything, including managing keys and webhooks. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
