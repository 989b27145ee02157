package news.dateline.web.input;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/**
 * The versions a writer says it is changing, read from {@code If-Match}. A write without one is refused
 * (428): Dateline never applies a blind overwrite, so {@code *} does not count as stating a version.
 */
public record IfMatch(Set<Long> versions) {

    // Strong tags only: RFC 9110 compares If-Match strongly, a weak W/"…" tag never matches.
    private static final Pattern VERSIONED_TAG = Pattern.compile("(?<![W/])\"(\\d{1,18})-[A-Za-z0-9_-]*\"");

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED,
                    "This request must state the version it changes: send If-Match with the ETag of the resource");
        }
        Set<Long> versions = new HashSet<>();
        Matcher m = VERSIONED_TAG.matcher(header);
        while (m.find()) {
            versions.add(Long.parseLong(m.group(1)));
        }
        return new IfMatch(Set.copyOf(versions));
    }

    /** Refuses the write (412) unless the resource is still at a version the writer has seen. */
    public void check(long currentVersion, String resource) {
        if (!versions.contains(currentVersion)) {
            throw new ProblemException(ProblemKind.PRECONDITION_FAILED,
                    "The " + resource + " has changed since the ETag you sent: fetch it again and reapply your change");
        }
    }
}
