package news.dateline.web.edge;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import news.dateline.web.problem.LogSafe;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.problem.RouteProblems;

/**
 * Refuses a request whose header fields break RFC 9110's grammar (5.1, 5.5) with a 400 problem, before any other
 * route reads them: a name that is not a token, or a value holding a control character other than a tab.
 * <p>
 * Vert.x's HTTP decoder checks the same and answers with an empty 400 from {@code HttpServer.invalidRequestHandler},
 * which Quarkus creates and never exposes (see {@link RequestLimits}). {@code news.dateline.Main} turns that check off
 * ({@code vertx.disableHttpHeadersValidation}) so that this one answers instead, as a problem; that is only safe
 * because this route runs right after {@link RequestIds} (whose own id check is stricter) and before anything else can
 * echo a header into an answer, and it closes the connection, so nothing sent after the bad header is read as
 * another request. A JVM that {@code Main} did not start without the property (the test suite sets it in the pom)
 * keeps the decoder's check, and its empty 400s.
 */
@ApplicationScoped
public class HeaderSyntax {

    private final RouteProblems problems;

    HeaderSyntax(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes @Priority(2) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        for (Map.Entry<String, String> header : context.request().headers()) {
            if (!isToken(header.getKey())) {
                refuse(context, "A request header's name is not a token (RFC 9110, 5.1)");
                return;
            }
            if (!isFieldValue(header.getValue())) {
                // The name is a token, so it is safe to quote; the value is not.
                refuse(context, "The request header " + LogSafe.text(header.getKey())
                        + " holds a control character (RFC 9110, 5.5)");
                return;
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.send(context, ProblemKind.BAD_REQUEST, detail);
    }

    // token = 1*tchar; tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
    // / DIGIT / ALPHA
    static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    // field-value = *field-content: visible characters, spaces, tabs and obs-text; no other control character.
    static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }
}
