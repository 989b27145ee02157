package news.dateline.sync;

import java.util.List;

/**
 * A page of the change stream.
 *
 * @param changes each resource that changed after the token, once, at the position of its last change in the page
 * @param next    the token to send as {@code since} next time: after this page (the same token when nothing changed)
 * @param hasMore whether more changes follow at once (fetch again with {@code next} right away) or the client is up
 *                to date (poll later)
 */
public record ChangePage(List<ChangeItem> changes, String next, boolean hasMore) {
}
