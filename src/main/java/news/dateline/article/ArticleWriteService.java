package news.dateline.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import news.dateline.auth.Writer;
import news.dateline.auth.Writers;
import news.dateline.catalogue.Change;
import news.dateline.catalogue.ChangeLog;
import news.dateline.catalogue.ResourceKind;
import news.dateline.catalogue.SlugRules;
import news.dateline.catalogue.Slugged;
import news.dateline.catalogue.SluggedService;
import news.dateline.catalogue.Timestamps;
import news.dateline.content.MarkdownRenderer;
import news.dateline.content.RenderedBody;
import news.dateline.language.LanguageTags;
import news.dateline.person.Person;
import news.dateline.person.PersonRepository;
import news.dateline.tag.Tag;
import news.dateline.tag.TagRepository;
import news.dateline.revision.Reason;
import news.dateline.revision.Revision;
import news.dateline.revision.Revisions;
import news.dateline.web.Json;
import news.dateline.web.input.IfMatch;
import news.dateline.web.input.MergePatcher;
import news.dateline.web.problem.FieldError;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;
import news.dateline.web.representation.ETags;

/**
 * Writing articles: renders the Markdown, resolves tags and people, runs the status rules and locks the counters a
 * write changes. Reads are {@link ArticleService}'s.
 */
@Singleton
public class ArticleWriteService extends SluggedService<Article, NewArticle, ArticleView> {

    /** Derived excerpts stay short enough for a card or a feed item. */
    static final int EXCERPT_LENGTH = 300;
    /** Public notes one article may carry: each is shown in every read of it. */
    static final int MAX_CORRECTIONS = 100;

    private final ArticleRepository articles;
    private final TagRepository tags;
    private final PersonRepository people;
    private final MarkdownRenderer renderer;
    private final LinkCounters counters;
    private final Revisions revisions;
    private final Writers writers;
    private final ObjectMapper mapper;
    private final Translations translations;

    ArticleWriteService(ArticleRepository articles, TagRepository tags, PersonRepository people,
            MarkdownRenderer renderer, LinkCounters counters, MergePatcher patcher, Event<Change> changes,
            ChangeLog changeLog, Revisions revisions, Writers writers, ObjectMapper mapper,
            Translations translations) {
        super(articles, patcher, changes, changeLog, NewArticle.class, ResourceKind.ARTICLE,
                Map.of("article_slug_key", "slug"));
        this.articles = articles;
        this.tags = tags;
        this.people = people;
        this.renderer = renderer;
        this.counters = counters;
        this.revisions = revisions;
        this.writers = writers;
        this.mapper = mapper;
        this.translations = translations;
    }

    /**
     * Writes revision {@code number}'s content back as a new version (reason {@code restored}): history is never
     * rewritten. The article keeps its status; a published one is rendered again and purged like any edit.
     */
    @Transactional
    public ArticleView restore(String ref, IfMatch ifMatch, long number) {
        Article article = findVersion(ref, ifMatch);
        Revision revision = revisions.find(ResourceKind.ARTICLE, article.getId(), number)
                .orElseThrow(() -> new ProblemException(ProblemKind.NOT_FOUND,
                        "Article '" + ref + "' has no revision " + number));
        NewArticle restored = mapper.convertValue(revision.snapshot(), ArticleSnapshot.class).restoring(article,
                formOf(article).translationOf());
        article.reviseBecause(Reason.RESTORED);
        return write(article, isPublic(article), restored, Timestamps.now());
    }

    /**
     * Adds a public note to a published article, as a write of the article (reason {@code corrected}): a new version,
     * its document rendered again, caches and purges told, and a change-log row that webhooks also send as
     * {@code article.corrected}. Readers see the article updated at the note's time.
     */
    @Transactional
    public Corrected correct(String ref, IfMatch ifMatch, NewCorrection input) {
        Article article = findVersion(ref, ifMatch);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw ProblemException.invalid(List.of(new FieldError("status",
                    "is " + article.getStatus() + ": only a published article takes a public note")));
        }
        if (article.getCorrections().size() >= MAX_CORRECTIONS) {
            throw ProblemException.invalid(List.of(new FieldError("kind",
                    "the article holds " + MAX_CORRECTIONS + " notes already, the most it may")));
        }
        Instant now = Timestamps.now();
        Instant at = input.at() == null ? now : input.at();
        if (at.isAfter(now)) {
            throw ProblemException.invalid(List.of(new FieldError("at", "is in the future")));
        }
        if (at.isBefore(article.getPublishedAt())) {
            throw ProblemException.invalid(List.of(new FieldError("at",
                    "is before the article was published (" + article.getPublishedAt() + ")")));
        }
        String text = input.text().strip();
        Correction note = article.note(input.kind(), text, renderer.render(text), at);
        article.reviseBecause(Reason.CORRECTED);
        article.touch(now);
        ArticleView written = save(article, true); // first: the note has its id once flushed
        return new Corrected(CorrectionView.of(note), written);
    }

    /**
     * Publishes these scheduled articles, due {@code now}, as an editor's write would (a new version, its document
     * rendered, caches told): {@code publishedAt} is their {@code publishAt}. In the caller's transaction, which
     * holds their rows ({@link ScheduledPublishingService}).
     */
    void publishScheduled(List<Article> due, Instant now) {
        for (Article article : due) {
            counters.lockLinksOf(article);
            article.translationChanges(article.getTranslationGroup()); // its versions list it from now on
            article.moveTo(ArticleStatus.PUBLISHED, article.getPublishAt(), now);
            article.touch(now);
        }
        articles.flush();
        due.forEach(article -> keep(article, article.getVersion(), now, Reason.PUBLISHED, Writer.SCHEDULER));
        changed(Stream.concat(due.stream().map(a -> change(a, Change.Action.UPSERT, false, true)),
                due.stream().flatMap(a -> alsoChanged(a).stream())).toList(), List.of());
    }

    @Override
    protected void written(Article article, Change change) {
        if (change.action() == Change.Action.DELETE) {
            keep(article, article.getVersion() + 1, Timestamps.now(), Reason.DELETED, writers.current());
        } else {
            keep(article, article.getVersion(), article.getUpdatedAt(), article.getRevisionReason(),
                    writers.current());
        }
        article.revised();
    }

    /** Keeps the article's revision {@code number}, with the ETag readers get for it when it is published. */
    private void keep(Article article, long number, Instant at, Reason reason, Writer writer) {
        List<TranslationLink> versions = translations.of(article, false);
        String publicEtag = article.getStatus() == ArticleStatus.PUBLISHED && reason != Reason.DELETED
                ? ETags.of(number, Json.bytes(mapper, ArticleView.of(article, ArticleDocument.FORMATS, versions)))
                : null;
        revisions.record(ResourceKind.ARTICLE, article.getId(), number, at, reason, writer, publicEtag,
                Json.string(mapper, ArticleSnapshot.of(article, versions)));
    }

    /** A write that added a public note says so in the change log, for webhooks' {@code article.corrected}. */
    @Override
    protected Change change(Article article, Change.Action action, boolean wasPublic, boolean isPublic) {
        Change change = super.change(article, action, wasPublic, isPublic);
        return article.getRevisionReason() == Reason.CORRECTED ? change.asCorrection() : change;
    }

    @Override
    protected void removing(Article article) {
        counters.lockLinksOf(article);
        article.translationChanges(article.getTranslationGroup()); // its versions stop listing it
    }

    /**
     * The other versions of the article's story, when this write changes what they list of it (it joined or left
     * their group, or was published, unpublished, renamed or deleted): each is updated now ({@link
     * Translations#tellOthers}), announced and logged as changed with it.
     */
    @Override
    protected List<Change> alsoChanged(Article article) {
        return translations.tellOthers(article.translationGroupsToTell(), article.getId(), Timestamps.now());
    }

    @Override
    protected boolean isPublic(Article article) {
        return article.getStatus() == ArticleStatus.PUBLISHED;
    }

    @Override
    protected Article newEntity(Instant now) {
        return new Article(now);
    }

    @Override
    protected NewArticle formOf(Article article) {
        return NewArticle.of(article, translations.anotherOf(article).map(UUID::toString).orElse(null));
    }

    @Override
    protected ArticleView view(Article article) {
        return ArticleView.of(article, ArticleFormat.forWriters(), translations.of(article, true));
    }

    @Override
    protected void apply(Article article, NewArticle input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        List<Object> faceBefore = translationFace(article);
        Article translated = resolveTranslationOf(input.translationOf(), article, errors);
        List<Tag> tagList = resolveTags(orEmpty(input.tags()), errors);
        List<RoleOf> roles = resolvePeople(orEmpty(input.people()), errors);
        ArticleStatus status = Objects.requireNonNullElse(input.status(), ArticleStatus.DRAFT);
        ArticleStatus from = Objects.requireNonNullElse(article.getStatus(), ArticleStatus.DRAFT); // new: a draft
        if (!from.next().contains(status)) {
            errors.add(new FieldError("status", "cannot go from " + from + " to " + status + ": "
                    + (status == ArticleStatus.ARCHIVED ? "only a published article is archived"
                    : "a published or archived article goes back to draft before it is scheduled")));
        }
        if (status == ArticleStatus.SCHEDULED && input.publishAt() == null) {
            errors.add(new FieldError("publishAt", "is required when status is scheduled"));
        }
        if (status == ArticleStatus.PUBLISHED && input.publishAt() != null && input.publishAt().isAfter(now)) {
            errors.add(new FieldError("publishAt", "is in the future: use status scheduled to publish later"));
        }
        boolean contentUpdated = Boolean.TRUE.equals(input.contentUpdated());
        if (contentUpdated && (from != ArticleStatus.PUBLISHED || status != ArticleStatus.PUBLISHED)) {
            errors.add(new FieldError("contentUpdated", "is for a published article that stays published: readers"
                    + " see it updated only after they saw it"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String language = languageTag(Objects.requireNonNullElse(input.language(), "en"));
        // Before anything of the article changes: the group's checks query, and a query flushes what changed.
        joinGroupOf(article, translated, language);
        String slug = SlugRules.resolveNumbered(input.slug(), article.getSlug(), input.title(),
                taken -> articles.slugTaken(taken, article.getId()), ResourceKind.ARTICLE);
        article.describe(slug, input.title().strip(), blankToNull(input.subtitle()),
                language, blankToNull(input.datelinePlace()),
                input.featuredImage(), input.canonicalUrl());
        String markdown = Objects.requireNonNullElse(input.body(), "");
        RenderedBody rendered = renderer.render(markdown);
        String excerpt = blankToNull(input.excerpt());
        article.write(markdown, rendered,
                excerpt != null ? excerpt : MarkdownRenderer.excerpt(rendered.text(), EXCERPT_LENGTH), excerpt == null);
        // Counters change only when a link is added, dropped or moved, or the article's publication changes (its
        // status, or its first publishedAt). An edit of its text changes none of them and locks none: edits of
        // articles that share a popular tag would otherwise queue behind one another's transactions.
        boolean publicationMoves = status != from
                || (status == ArticleStatus.PUBLISHED && article.getPublishedAt() == null);
        if (publicationMoves || !article.linksAre(tagList, roles)) {
            Set<UUID> tagIds = new HashSet<>();
            article.getTags().forEach(link -> tagIds.add(link.getTag().getId()));
            tagList.forEach(tag -> tagIds.add(tag.getId()));
            Set<UUID> personIds = new HashSet<>();
            article.getPeople().forEach(link -> personIds.add(link.getPerson().getId()));
            roles.forEach(role -> personIds.add(role.person().getId()));
            counters.lock(tagIds, personIds); // before the first link or status change is written
        }
        article.reviseBecause(reasonFor(article.getStatus(), status));
        article.moveTo(status, input.publishAt(), now);
        article.touch(now);
        if (contentUpdated) {
            article.contentUpdated(now);
        }
        article.retag(tagList);
        article.relink(roles);
        if (!faceBefore.equals(translationFace(article))) {
            article.translationChanges(article.getTranslationGroup());
        }
    }

    /** An article in a translation group is written with its group's rows locked first (Translations#lockGroup). */
    @Override
    protected Article findVersion(String ref, IfMatch ifMatch) {
        translations.lockGroup(find(ref).getTranslationGroup());
        return super.findVersion(ref, ifMatch);
    }

    /** What the other versions of an article list of it: when this changes, they change. */
    private static List<Object> translationFace(Article article) {
        return Arrays.asList(article.getTranslationGroup(), article.getStatus(), article.getSlug(),
                article.getTitle(), article.getLanguage(), article.getCanonicalUrl());
    }

    /** The article {@code translationOf} names, if any; null with an error when it names none or this one. */
    private Article resolveTranslationOf(String ref, Article article, List<FieldError> errors) {
        if (ref == null) {
            return null;
        }
        Optional<Article> named = articles.findByRef(ref);
        if (named.isEmpty()) {
            errors.add(new FieldError("translationOf", "no article with id or slug '" + ref + "'"));
            return null;
        }
        if (named.get().getId().equals(article.getId())) {
            errors.add(new FieldError("translationOf", "names this article: an article is no translation of itself"));
            return null;
        }
        return named.get();
    }

    /**
     * Puts the article, to be written in this language, in the translation group of the one it translates (null: in
     * none). A group holds one article per language, and two groups are never merged: an article with versions of its
     * own leaves its group before it joins another.
     */
    private void joinGroupOf(Article article, Article translated, String language) {
        UUID before = article.getTranslationGroup();
        if (translated == null) {
            article.translate(null);
            article.translationChanges(before);
            return;
        }
        boolean stays = before != null && before.equals(translated.getTranslationGroup()); // rows locked already
        Optional<UUID> existing = stays ? Optional.of(before) : translations.lockGroupOf(translated);
        boolean joins = existing.isEmpty() || !existing.get().equals(before);
        if (joins && before != null && translations.othersIn(before, article.getId()) > 0) {
            throw ProblemException.invalid(List.of(new FieldError("translationOf", "would merge two translation"
                    + " groups: this article has versions of its own; leave its group first (translationOf: null)")));
        }
        Optional<String> taken = existing.isPresent()
                ? translations.versionIn(existing.get(), language, article.getId())
                : Optional.of(translated.getSlug()).filter(slug -> translated.getLanguage().equals(language));
        if (taken.isPresent()) {
            throw ProblemException.invalid(List.of(new FieldError(joins ? "translationOf" : "language",
                    "the translation group has a version in '" + language + "' already: '"
                            + taken.get() + "'")));
        }
        UUID group = existing.orElseGet(() -> translations.startGroup(translated));
        article.translate(group);
        if (joins) {
            article.translationChanges(before);
            article.translationChanges(group);
        }
    }

    /** What a write that moves an article from one status to another (from null: a new one) does to it. */
    private static Reason reasonFor(ArticleStatus from, ArticleStatus to) {
        if (from == null) {
            return Reason.CREATED;
        }
        if (from == to) {
            return Reason.EDITED;
        }
        return switch (to) {
            case PUBLISHED -> Reason.PUBLISHED;
            case SCHEDULED -> Reason.SCHEDULED;
            case ARCHIVED -> Reason.ARCHIVED;
            // Back to draft: unpublished if readers saw it; a schedule dropped or an archive reopened is an edit.
            case DRAFT -> from == ArticleStatus.PUBLISHED ? Reason.UNPUBLISHED : Reason.EDITED;
        };
    }

    private List<Tag> resolveTags(List<String> refs, List<FieldError> errors) {
        List<Tag> resolved = match(refs, tags.findByRefs(refs), i -> "tags[" + i + "]", ResourceKind.TAG, errors);
        Set<Tag> seen = new HashSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) != null && !seen.add(resolved.get(i))) {
                errors.add(new FieldError("tags[" + i + "]", "names a tag already listed"));
            }
        }
        return resolved;
    }

    private List<RoleOf> resolvePeople(List<PersonLink> links, List<FieldError> errors) {
        List<String> refs = links.stream().map(PersonLink::person).toList();
        List<Person> resolved = match(refs, people.findByRefs(refs), i -> "people[" + i + "].person",
                ResourceKind.PERSON, errors);
        List<RoleOf> roles = new ArrayList<>();
        Set<RoleOf> seen = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            RoleOf role = new RoleOf(resolved.get(i), links.get(i).role());
            if (role.person() != null && !seen.add(role)) {
                errors.add(new FieldError("people[" + i + "]", "links the same person in the same role twice"));
            }
            roles.add(role);
        }
        return roles;
    }

    /** Pairs each reference with what one query found, in request order; an unknown reference is an error. */
    private static <E extends Slugged> List<E> match(List<String> refs, List<E> found, IntFunction<String> fieldAt,
            ResourceKind kind, List<FieldError> errors) {
        List<E> matched = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            E match = found.stream().filter(e -> e.isNamedBy(ref)).findFirst().orElse(null);
            if (match == null) {
                errors.add(new FieldError(fieldAt.apply(i), "no " + kind.wire() + " with id or slug '" + ref + "'"));
            }
            matched.add(match);
        }
        return matched;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** BCP 47 tags are case-insensitive: store them in their canonical case ("pt-BR"), as filters look them up. */
    static String languageTag(String tag) {
        return LanguageTags.canonical(tag);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
