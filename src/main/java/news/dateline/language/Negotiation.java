package news.dateline.language;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language a reader asked a tag or person answer in: {@code ?language=} when given (a malformed one is a 400),
 * else {@code Accept-Language} (whatever is malformed in it is ignored), else the default language.
 *
 * @param chain    where the localised fields are looked for
 * @param byHeader whether the answer depends on {@code Accept-Language} (no {@code ?language=}): then it says
 *                 {@code Vary: Accept-Language}, and caches key it by the header (cache/ResponseCacheKey)
 */
public record Negotiation(LanguageChain chain, boolean byHeader) {

    public static final String PARAMETER = "language";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    /** The paths whose answers are negotiated (tags and people, and whatever lies under them). */
    public static final List<String> PATHS = List.of("/api/v1/tags", "/api/v1/people");

    public static Negotiation of(String languageParameter, String acceptLanguage) {
        if (languageParameter != null && !languageParameter.isEmpty()) {
            return new Negotiation(Languages.chain(List.of(LanguageTags.parameter(PARAMETER, languageParameter))), false);
        }
        return new Negotiation(Languages.chain(AcceptLanguage.parse(acceptLanguage)), true);
    }

    /** Whether a request to this path and query is negotiated by {@code Accept-Language} (no {@code language=}). */
    public static boolean byHeader(String path, String rawQuery) {
        return PATHS.stream().anyMatch(path::startsWith) && parameterIn(rawQuery).isEmpty();
    }

    /**
     * The raw {@code language} of a query as {@link #of} reads it: the first one (what JAX-RS hands a single-valued
     * parameter), empty when absent or empty. When in doubt, "absent": an answer keyed by the header as well is
     * merely kept apart, never served to the wrong reader.
     */
    private static String parameterIn(String rawQuery) {
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")) {
                    return pair.substring(PARAMETER.length()).replaceFirst("^=", "");
                }
            }
        }
        return "";
    }

    /**
     * The answer with the languages it used ({@code Content-Language}: each distinct language of its localised
     * entities, the one asked for when it has none) and, when negotiated by the header, {@code Vary} naming it.
     */
    public Response answer(Response response, Stream<String> used) {
        // The language asked for first when it was used (a list is sorted by name, not by language).
        String languages = used.distinct().sorted(Comparator.comparing(language -> !language.equals(chain.asked())))
                .collect(Collectors.joining(", "));
        Response.ResponseBuilder builder = Response.fromResponse(response)
                .header(CONTENT_LANGUAGE, languages.isEmpty() ? chain.asked() : languages);
        String vary = response.getHeaderString(HttpHeaders.VARY);
        if (byHeader) {
            builder.header(HttpHeaders.VARY, null)
                    .header(HttpHeaders.VARY, vary == null ? ACCEPT_LANGUAGE : vary + ", " + ACCEPT_LANGUAGE);
        }
        return builder.build();
    }
}
