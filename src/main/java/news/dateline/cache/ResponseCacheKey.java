package news.dateline.cache;

import java.util.List;
import news.dateline.language.AcceptLanguage;
import news.dateline.language.Negotiation;

/**
 * The key the {@link ResponseCache} files a response under: its request's path and query exactly as sent, since a
 * page's links repeat its own URI. Not a surrogate key, which names what a response shows.
 *
 * <p>Tags and people answer in the language a reader asks for. {@code ?language=} is in the query, so keyed already;
 * an answer negotiated by {@code Accept-Language} is filed under the languages the header asks for as well, parsed as
 * the resources parse it (so "sq, en;q=0.5" and "sq,en;q=0.5" share one entry, and one language's bytes never answer
 * another's reader). Keyed rather than bypassed: apps send the header on every request, and a bypass would send all
 * of their tag and people reads to the database. The parse is capped (AcceptLanguage), so a hostile header costs
 * no more than an ordinary one; distinct headers make distinct entries, as distinct query strings already do, within
 * the cache's bound. Articles do not vary by language: their key ignores the header.
 */
final class ResponseCacheKey {

    private ResponseCacheKey() {
    }

    static String of(String rawPath, String rawQuery, String acceptLanguage) {
        String key = rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + '?' + rawQuery;
        if (!Negotiation.byHeader(rawPath, rawQuery)) {
            return key;
        }
        // No header, or nothing usable in it: the default language's answer, filed under the URL alone.
        List<String> languages = AcceptLanguage.parse(acceptLanguage);
        return languages.isEmpty() ? key : key + " Accept-Language: " + String.join(",", languages);
    }
}
