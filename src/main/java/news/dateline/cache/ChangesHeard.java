package news.dateline.cache;

/**
 * What {@link ChangeListener} heard on {@code dateline_changes}, fired on its thread for whatever else an instance keeps
 * from the database: the changed resources by surrogate key ({@code "article:<id> tag:<id>"}), or {@code "*"} when a
 * change was too large to name or when the listener has just (re)connected, since what changed before went unheard.
 * Observers return quickly (queue their work): the listener waits for them.
 */
public record ChangesHeard(String payload) {

    static final ChangesHeard EVERYTHING = new ChangesHeard("*");

    /** Whether what was heard may have changed resources whose surrogate keys start with one of {@code kinds}. */
    public boolean mayConcern(String... kinds) {
        if (payload == null || payload.isBlank() || payload.strip().equals("*")) {
            return true;
        }
        for (String key : payload.strip().split(" +")) {
            for (String kind : kinds) {
                if (key.startsWith(kind + ":")) {
                    return true;
                }
            }
        }
        return false;
    }
}
