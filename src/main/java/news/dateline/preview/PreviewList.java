package news.dateline.preview;

import java.util.List;

/** The body of {@code GET /api/v1/articles/{ref}/previews}: the article's live links, newest first. */
public record PreviewList(List<PreviewView> items) {
}
