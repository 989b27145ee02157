package news.dateline.purge;

import java.util.List;

/** A caching tier that drops, on request, every response it keeps under any of some surrogate keys. */
interface PurgeTarget {

    /** Its name in {@code purge_cursor} (migration V15): how far it has been purged is kept under it. */
    String name();

    /** The most keys one request may carry; more are sent in several. */
    int maxKeysPerRequest();

    /** Purges these keys (at most {@link #maxKeysPerRequest()}); returns only when the tier has confirmed it. */
    void purge(List<String> keys) throws PurgeFailed;
}
