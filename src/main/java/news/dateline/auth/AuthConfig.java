package news.dateline.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who may write and who may read ({@code DATELINE_ADMIN_KEY}, {@code DATELINE_PUBLIC_READ}; top-level names). */
@ConfigMapping(prefix = "dateline")
public interface AuthConfig {

    /**
     * The first admin API key ({@code DATELINE_ADMIN_KEY}). Absent means no key can write:
     * the service then serves published content read-only.
     */
    Optional<String> adminKey();

    /**
     * Whether published content may be read without a key ({@code DATELINE_PUBLIC_READ}). False makes every request
     * under {@code /api/v1/} need a key with scope {@code content:read} (news.dateline.auth.PrivateRead) and turns
     * the response cache off; health and {@code /q/openapi} stay open.
     */
    @WithDefault("true")
    boolean publicRead();
}
