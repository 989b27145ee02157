package news.dateline.web;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** Queries tags and people share: theirs, plus how many published articles each is linked to. */
public interface CatalogueRepository<E extends CatalogueEntry> extends SluggedRepository<E> {

    /** Published articles per entry, for a whole page of entries in one statement; drafts never count. */
    Map<UUID, Long> publishedArticleCounts(Collection<UUID> ids);
}
