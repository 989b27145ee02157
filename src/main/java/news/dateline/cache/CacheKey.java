package news.dateline.cache;

/** The cache key of a request: its path and query exactly as sent, since a page's links repeat its own URI. */
final class CacheKey {

    private CacheKey() {
    }

    static String of(String rawPath, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + '?' + rawQuery;
    }
}
