package news.dateline.web.edge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Browsers' cross-origin requests ({@code DATELINE_CORS_…}), read by news.dateline.web.edge.CrossOrigin: which web origins
 * a browser may call the API from.
 */
@ConfigMapping(prefix = "dateline.cors")
public interface CorsConfig {

    /** Origins whose pages may read (GET, HEAD), comma-separated; {@code *} for any. */
    @WithDefault("*")
    List<String> readOrigins();

    /**
     * Origins whose pages may also write (e.g. {@code https://cms.example.org}). None by default: a page on
     * another site cannot write, even with a key it holds.
     */
    Optional<List<String>> writeOrigins();
}
