package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.dateline.catalogue.Change;
import news.dateline.site.PublicUrls;

/**
 * Translation groups (migration V19) as the database holds them now: who belongs to one, and what a write that joins,
 * leaves or changes a version tells the others. JPQL and one native lock on the service's session, so that what the
 * current transaction wrote is seen (Hibernate flushes it first) and bulk updates leave versions alone: a sibling's
 * list changing is no edit of the sibling, whose editors' {@code If-Match} stays good.
 */
@ApplicationScoped
public class Translations {

    private final EntityManager entityManager;
    private final PublicUrls urls;

    Translations(EntityManager entityManager, PublicUrls urls) {
        this.entityManager = entityManager;
        this.urls = urls;
    }

    /** The groups of these articles, by article id: one statement; an article in no group is absent. */
    public Map<UUID, TranslationGroup> groupsOf(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createQuery("select a.id, s.id, s.language, s.slug, s.title,"
                + " s.canonicalUrl, s.status from Article a, Article s where a.translationGroup is not null"
                + " and s.translationGroup = a.translationGroup and a.id in :ids order by a.id, s.createdAt, s.id",
                Object[].class).setParameter("ids", Set.copyOf(ids)).getResultList();
        Map<UUID, List<TranslationGroup.Member>> members = new HashMap<>();
        for (Object[] row : rows) {
            members.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new TranslationGroup.Member(
                    (UUID) row[1], (String) row[2], (String) row[3], (String) row[4],
                    urls.article((String) row[3], (String) row[5]), (ArticleStatus) row[6]));
        }
        Map<UUID, TranslationGroup> groups = new HashMap<>();
        // A group of one (the others left) lists nothing: it is no group to readers.
        members.forEach((id, list) -> {
            if (list.size() > 1) {
                groups.put(id, new TranslationGroup(id, List.copyOf(list)));
            }
        });
        return groups;
    }

    /**
     * The published articles of these groups, by group, oldest first: one statement, for lists of many articles of
     * which few have versions (a sitemap page).
     */
    public Map<UUID, List<TranslationGroup.Member>> publishedIn(Collection<UUID> groups) {
        if (groups.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<TranslationGroup.Member>> members = new HashMap<>();
        entityManager.createQuery("select s.translationGroup, s.id, s.language, s.slug, s.title, s.canonicalUrl"
                        + " from Article s where s.translationGroup in :groups and s.status = :published"
                        + " order by s.createdAt, s.id", Object[].class)
                .setParameter("groups", Set.copyOf(groups)).setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()
                .forEach(row -> members.computeIfAbsent((UUID) row[0], group -> new ArrayList<>())
                        .add(new TranslationGroup.Member((UUID) row[1], (String) row[2], (String) row[3],
                                (String) row[4], urls.article((String) row[3], (String) row[5]),
                                ArticleStatus.PUBLISHED)));
        return members;
    }

    /** The article's other versions, as its {@code translations} lists them for readers or for editors. */
    List<TranslationLink> of(Article article, boolean editors) {
        return of(List.of(article), editors).getOrDefault(article.getId(), List.of());
    }

    /** The other versions of each of these articles, by id, in one statement. */
    Map<UUID, List<TranslationLink>> of(Collection<Article> articles, boolean editors) {
        List<UUID> grouped = articles.stream().filter(a -> a.getTranslationGroup() != null).map(Article::getId)
                .toList();
        Map<UUID, List<TranslationLink>> links = new HashMap<>();
        groupsOf(grouped).forEach((id, group) -> links.put(id, group.others(editors)));
        return links;
    }

    /** The id of another article of this one's group, which its writable form names as {@code translationOf}. */
    Optional<UUID> anotherOf(Article article) {
        if (article.getTranslationGroup() == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select a.id from Article a where a.translationGroup = :group"
                        + " and a.id <> :self order by a.createdAt, a.id", UUID.class)
                .setParameter("group", article.getTranslationGroup()).setParameter("self", article.getId())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Locks the rows of a group's articles in id order, until the transaction ends. Every write of an article in a
     * group takes them first, and a write that joins a group takes that group's, so that writers of one story take
     * turns in one order: a write tells the other versions ({@link #tellOthers}), and two editors publishing two
     * versions at once would otherwise each hold its own row and wait for the other's.
     */
    void lockGroup(UUID group) {
        if (group != null) {
            entityManager.createNativeQuery("select id from article where translation_group = :group order by id"
                    + " for update").setParameter("group", group).getResultList();
        }
    }

    /**
     * The group of the article a writer names as the one this article translates, with its rows (or, in no group,
     * its own) locked as {@link #lockGroup} does; empty if it is in none yet.
     */
    Optional<UUID> lockGroupOf(Article named) {
        Object group = entityManager.createNativeQuery("select translation_group from article where id = :id")
                .setParameter("id", named.getId()).getSingleResult();
        Optional<UUID> found = Optional.ofNullable(group)
                .map(g -> g instanceof UUID id ? id : UUID.fromString(g.toString()));
        if (found.isPresent()) {
            lockGroup(found.get());
        } else {
            entityManager.createNativeQuery("select id from article where id = :id for update")
                    .setParameter("id", named.getId()).getResultList();
        }
        return found;
    }

    /** Puts an article that is in no group (its row locked) into a new one, which it is the first of. */
    UUID startGroup(Article named) {
        UUID group = UUID.randomUUID();
        entityManager.createQuery("update Article a set a.translationGroup = :group where a.id = :id")
                .setParameter("group", group).setParameter("id", named.getId()).executeUpdate();
        entityManager.refresh(named); // a bulk update bypasses the session, whose copy would render without its group
        return group;
    }

    /** An id no article has, for a new article's own (not yet given) when a query leaves it out. */
    private static UUID orNone(UUID id) {
        return id == null ? new UUID(0, 0) : id;
    }

    /** How many articles of the group there are besides this one (null for a new article). */
    long othersIn(UUID group, UUID self) {
        return entityManager.createQuery("select count(a) from Article a where a.translationGroup = :group"
                        + " and a.id <> :self", Long.class)
                .setParameter("group", group).setParameter("self", orNone(self)).getSingleResult();
    }

    /** The slug of the group's version in this language, other than this article, if there is one. */
    Optional<String> versionIn(UUID group, String language, UUID self) {
        return entityManager.createQuery("select a.slug from Article a where a.translationGroup = :group"
                        + " and a.language = :language and a.id <> :self", String.class)
                .setParameter("group", group).setParameter("language", language).setParameter("self", orNone(self))
                .getResultStream().findFirst();
    }

    /**
     * Tells the other articles of these groups that their {@code translations} changed: each is updated now (its
     * {@code updatedAt}, so its Last-Modified moves; on PostgreSQL V8's triggers queue its stored document), and the
     * changes returned are what the change log records of them, so that caches, CDNs, the change stream and webhooks
     * hear of each as an update.
     */
    List<Change> tellOthers(Set<UUID> groups, UUID self, Instant now) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Object[]> others = entityManager.createQuery("select a.id, a.slug, a.status from Article a"
                        + " where a.translationGroup in :groups and a.id <> :self order by a.id", Object[].class)
                .setParameter("groups", groups).setParameter("self", self).getResultList();
        if (others.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = others.stream().map(row -> (UUID) row[0]).toList();
        entityManager.createQuery("update Article a set a.updatedAt = :now where a.id in :ids")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        // The bulk update bypasses the session: a copy it holds (the version this write named) is read again, so that
        // what is rendered from it now shows the new updatedAt. A group is a handful of articles.
        ids.forEach(id -> entityManager.refresh(entityManager.find(Article.class, id)));
        return others.stream().map(row -> Change.showing((UUID) row[0], (String) row[1],
                row[2] == ArticleStatus.PUBLISHED)).toList();
    }
}
