package news.dateline;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Dateline with Vert.x's own header-syntax check off, before Vert.x reads the setting, so that a malformed
 * header is refused by {@code web/HeaderSyntax} with a problem instead of by Vert.x's decoder with an empty 400.
 */
@QuarkusMain
public final class Main {

    static final String HEADER_VALIDATION = "vertx.disableHttpHeadersValidation";

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty(HEADER_VALIDATION, "true");
        Quarkus.run(args);
    }
}
