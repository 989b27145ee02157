package news.dateline.web;

/** A numbered page of a list, as asked for by {@code page} and {@code limit}, already checked. */
public record PageRequest(int number, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses the raw query values so that a malformed number is a 400 naming the parameter, not a 404. */
    public static PageRequest parse(String page, String limit) {
        int number = parseBounded("page", page, 1, 1, Integer.MAX_VALUE / MAX_LIMIT);
        int size = parseBounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return new PageRequest(number, size);
    }

    public int offset() {
        return (number - 1) * limit;
    }

    public int index() {
        return number - 1;
    }

    private static int parseBounded(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(name, "must be a whole number between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw ProblemException.badParameter(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
