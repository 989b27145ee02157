package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.catalogue.SluggedRepository;
import news.dateline.content.Slugs;
import news.dateline.web.input.Refs;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

/**
 * Lookups of articles as entities: one by reference with its links, several by id in order, and those due to be
 * published. Lists are {@link ArticleListPlanner}'s.
 */
@ApplicationScoped
public class ArticleRepository implements SluggedRepository<Article> {

    /**
     * Scheduled articles whose time has come, oldest first, locked for this transaction; those another transaction
     * holds (another instance publishing them) are skipped, so each is published once.
     */
    List<Article> due(Instant now, int limit) {
        return find("status = ?1 and publishAt <= ?2 order by publishAt, id", ArticleStatus.SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .range(0, limit - 1).list();
    }

    /**
     * One article by id or slug with its tags and people loaded: two statements, the article with its tags, then
     * its people (two lists cannot be fetched in one join without multiplying rows), where lazy loading took five.
     */
    Optional<Article> findWithLinks(String ref) {
        Optional<UUID> id = Refs.asId(ref);
        if (id.isEmpty() && !Slugs.isValid(ref)) {
            return Optional.empty();
        }
        String by = id.isPresent() ? "a.id = ?1" : "a.slug = ?1";
        Object key = id.isPresent() ? id.get() : ref;
        Optional<Article> article = find("from Article a left join fetch a.tags t left join fetch t.tag where " + by,
                key).singleResultOptional();
        article.ifPresent(a -> find("from Article a left join fetch a.people p left join fetch p.person where a = ?1",
                a).list());
        return article;
    }

    /** The newest public notes on published articles (in one language; null: any), newest first, with their article. */
    List<Correction> newestCorrections(int limit, String language) {
        return getEntityManager().createQuery("from Correction c join fetch c.article a where a.status = ?1"
                + " and (?2 = '' or a.language = ?2) order by c.notedAt desc, c.id desc", Correction.class)
                .setParameter(1, ArticleStatus.PUBLISHED).setParameter(2, language == null ? "" : language)
                .setMaxResults(limit).getResultList();
    }

    /** The articles with these ids, in the order given. */
    public List<Article> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Article> byId = list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
