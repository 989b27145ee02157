package news.dateline.cache;

/**
 * The key the {@link ResponseCache} files a response under: its request's path and query exactly as sent, since a
 * page's links repeat its own URI. Not a surrogate key, which names what a response shows.
 */
final class ResponseCacheKey {

    private ResponseCacheKey() {
    }

    static String of(String rawPath, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + '?' + rawQuery;
    }
}
