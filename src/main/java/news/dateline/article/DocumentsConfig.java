package news.dateline.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Published articles stored as rendered JSON ({@code DATELINE_DOCUMENTS_…}): settings of the stored documents
 * (news.dateline.article.ArticleDocuments).
 */
@ConfigMapping(prefix = "dateline.documents")
public interface DocumentsConfig {

    /** How often queued articles (a linked tag or person changed, a bulk load) are rendered again. */
    @WithDefault("1s")
    Duration refreshEvery();

    /** How many queued articles one transaction renders. */
    @WithDefault("200")
    int batchSize();
}
