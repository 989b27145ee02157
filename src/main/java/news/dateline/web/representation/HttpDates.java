package news.dateline.web.representation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * HTTP-dates (RFC 9110, 5.6.7): written as IMF-fixdate, read in all three forms a recipient must accept. Reading never
 * throws: what is not a valid HTTP-date is null, which a condition on it treats as absent (13.1.3, 13.1.4).
 */
public final class HttpDates {

    /** Longer than any HTTP-date ("Wednesday, 09-Nov-94 08:49:37 GMT" is 34): not worth parsing. */
    private static final int MAX_LENGTH = 40;

    /**
     * IMF-fixdate. Formatted here rather than by {@code ResponseBuilder.lastModified}, whose calendar-based formatting
     * took 7 % of a stored article's answer (JFR, bench/README.md).
     */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** The obsolete forms, RFC 850 ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994"). */
    private static final List<DateTimeFormatter> READABLE = List.of(IMF_FIXDATE,
            new DateTimeFormatterBuilder().appendPattern("EEEE, dd-MMM-")
                    // A two-digit year more than 50 years ahead is in the past century (RFC 9110, 5.6.7).
                    .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.now(ZoneOffset.UTC).minusYears(49))
                    .appendPattern(" HH:mm:ss 'GMT'").toFormatter(Locale.US).withZone(ZoneOffset.UTC),
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

    private HttpDates() {
    }

    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** The instant an HTTP-date names, or null when {@code value} is absent or not an HTTP-date. */
    public static Instant parse(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return null;
        }
        String trimmed = value.strip();
        for (DateTimeFormatter form : READABLE) {
            try {
                return Instant.from(form.parse(trimmed));
            } catch (DateTimeException notThisForm) {
                // try the next form
            }
        }
        return null;
    }
}
