package news.dateline;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the hostile-request tests share: the text an attacker sends, the path tails that try to climb out of a
 * resource, and the row counts of the tables no read may change.
 */
final class Hostile {

    /** Text an attacker sends hoping it reaches SQL, HTML or the file system unescaped. */
    static final List<String> INJECTIONS = List.of(
            "' OR 'zq'='zq",
            "'; DROP TABLE article; --",
            "1 UNION SELECT passwd FROM pg_shadow --",
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "../../../../etc/passwd");

    /** Tails (already percent-encoded) added to a resource's path: traversals, invalid UTF-8, a NUL. */
    static final List<String> PATH_SUFFIXES = List.of(
            "/..%2F..%2F..%2Fetc%2Fpasswd",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/%FF%FE",
            "/nul%00byte");

    /**
     * Values of {@code q} that break the query language or its bounds (issue 26): operators alone, 50 nested
     * parentheses, a lone quote, unbalanced parentheses, a lone operator, an empty group, a scope with nothing after
     * it, too many words. Each is a 400 problem with a {@code position}, on {@code /search} and article lists alike.
     */
    static final List<String> BAD_QUERIES = List.of(
            "AND ".repeat(49) + "AND",
            "(".repeat(50) + "osce" + ")".repeat(50),
            "\"",
            "osce \"ukraine",
            "osce (ukraine",
            "osce) ukraine",
            "OR",
            "osce OR",
            "NOT",
            "()",
            "title:",
            "w ".repeat(33) + "w");

    /** A query of 10,000 operators: longer than any request URI Dateline reads, a 414 problem before any parsing. */
    static final String TEN_THOUSAND_OPERATORS = "AND ".repeat(10_000);

    /** The tables whose rows a hostile request must leave as they are. */
    private static final List<String> TABLES = List.of("article", "tag", "person", "article_tag", "article_person",
            "change_log", "webhook_subscription", "webhook_delivery", "api_key", "revision", "article_preview",
            "article_correction");

    private Hostile() {
    }

    /** The number of rows in each of {@link #TABLES}, read in one statement. */
    static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        String counts = String.join(", ", TABLES.stream().map(t -> "(select count(*) from " + t + ")").toList());
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select " + counts)) {
            result.next();
            for (int i = 0; i < TABLES.size(); i++) {
                rows.put(TABLES.get(i), result.getLong(i + 1));
            }
        }
        return rows;
    }
}
