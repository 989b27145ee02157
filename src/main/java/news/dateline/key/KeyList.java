package news.dateline.key;

import java.util.List;

/** The body of {@code GET /api/v1/keys}. */
public record KeyList(List<KeyView> items) {
}
