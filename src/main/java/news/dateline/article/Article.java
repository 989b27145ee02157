package news.dateline.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import news.dateline.catalogue.Slugged;
import news.dateline.content.RenderedBody;
import news.dateline.revision.Reason;
import news.dateline.tag.Tag;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.UuidGenerator;

/** A news article: its Markdown as written, the HTML and text made from it, and its place in the workflow. */
@Entity
@Table(name = "article")
public class Article implements Slugged {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String slug;
    private String title;
    private String subtitle;
    private String excerpt;
    /** True when the excerpt was made from the body, so it is made again when the body changes. */
    private boolean excerptDerived;
    private String bodyMarkdown;
    private String bodyHtml;
    private String bodyText;
    private String language;
    /** The story's translation group (V19): its other language versions share it; null when it has none. */
    private UUID translationGroup;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    private Instant publishAt;
    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;
    /** What readers should see as "Updated": moved by a public note or an edit that says so, never by a retag. */
    private Instant contentUpdatedAt;
    private String datelinePlace;
    private String featuredImageUrl;
    private String featuredImageAlt;
    private String featuredImageCaption;
    private String featuredImageCredit;
    private String canonicalUrl;
    private int readingTimeMinutes;
    private int wordCount;

    @Version
    private long version;

    /**
     * The translation groups whose other members this write changes (it joins, leaves, or changes what they list of
     * it): set by the write, told once it is flushed, never stored.
     */
    @Transient
    private Set<UUID> translationGroupsChanged = new HashSet<>();

    /** Why this transaction writes the article, for its revision: set by the write, never stored here. */
    @Transient
    private Reason revisionReason;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<ArticleTag> tags = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<ArticlePerson> people = new ArrayList<>();

    /** Public notes, newest first. */
    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("notedAt desc, id desc")
    @BatchSize(size = 100)
    private List<Correction> corrections = new ArrayList<>();

    protected Article() {
    }

    Article(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String slug, String title, String subtitle, String language, String datelinePlace,
            FeaturedImage image, String canonicalUrl) {
        this.slug = slug;
        this.title = title;
        this.subtitle = subtitle;
        this.language = language;
        this.datelinePlace = datelinePlace;
        this.featuredImageUrl = image == null ? null : image.url();
        this.featuredImageAlt = image == null ? null : image.alt();
        this.featuredImageCaption = image == null ? null : image.caption();
        this.featuredImageCredit = image == null ? null : image.credit();
        this.canonicalUrl = canonicalUrl;
    }

    void write(String markdown, RenderedBody rendered, String excerpt, boolean excerptDerived) {
        this.bodyMarkdown = markdown;
        this.bodyHtml = rendered.html();
        this.bodyText = rendered.text();
        this.wordCount = rendered.wordCount();
        this.readingTimeMinutes = rendered.readingTimeMinutes();
        this.excerpt = excerpt;
        this.excerptDerived = excerptDerived;
    }

    /** Moves the article to a status; the first time it is published, {@code publishedAt} is fixed for good. */
    void moveTo(ArticleStatus status, Instant publishAt, Instant now) {
        this.status = status;
        this.publishAt = publishAt;
        if (status == ArticleStatus.PUBLISHED && publishedAt == null) {
            this.publishedAt = publishAt != null ? publishAt : now;
        }
    }

    /** Says why this write is made (restored, corrected), unless the write already said so. */
    void reviseBecause(Reason reason) {
        if (revisionReason == null) {
            revisionReason = reason;
        }
    }

    Reason getRevisionReason() {
        return revisionReason;
    }

    /** The write's revision is kept: a next write in the same transaction (the demo's load) says its own reason. */
    void revised() {
        revisionReason = null;
    }

    /** Adds a public note in its place among the others (newest first); readers see the article updated then. */
    Correction note(CorrectionKind kind, String markdown, RenderedBody rendered, Instant at) {
        Correction note = new Correction(this, kind, markdown, rendered, at);
        int position = 0;
        while (position < corrections.size() && corrections.get(position).getNotedAt().isAfter(at)) {
            position++;
        }
        corrections.add(position, note);
        contentUpdated(at);
        return note;
    }

    /** Readers should see the article as updated at {@code at}; a later update already shown stays. */
    void contentUpdated(Instant at) {
        if (contentUpdatedAt == null || at.isAfter(contentUpdatedAt)) {
            contentUpdatedAt = at;
        }
    }

    /** Joins a translation group, or leaves the one it is in (null). */
    void translate(UUID group) {
        this.translationGroup = group;
    }

    /** The others of this group hear of this write once it is flushed ({@link #translationGroupsToTell}). */
    void translationChanges(UUID group) {
        if (group != null) {
            translationGroupsChanged.add(group);
        }
    }

    /** The groups whose other members this write changes, handed over once: the next write says its own. */
    Set<UUID> translationGroupsToTell() {
        Set<UUID> groups = Set.copyOf(translationGroupsChanged);
        translationGroupsChanged.clear();
        return groups;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    /** True when the article links exactly these tags and people, in this order: retag and relink would change nothing. */
    boolean linksAre(List<Tag> wantedTags, List<RoleOf> wantedPeople) {
        return tags.stream().map(link -> link.getTag().getId()).toList()
                .equals(wantedTags.stream().map(Tag::getId).toList())
                && people.stream().map(link -> List.of(link.getPerson().getId(), link.getRole())).toList()
                .equals(wantedPeople.stream().map(want -> List.of(want.person().getId(), want.role())).toList());
    }

    /** Sets the tags in order. Links that stay are kept (only their position moves), so no row is re-inserted. */
    void retag(List<Tag> wanted) {
        Map<UUID, ArticleTag> existing = new HashMap<>();
        tags.forEach(link -> existing.put(link.getTag().getId(), link));
        List<ArticleTag> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ArticleTag link = existing.get(wanted.get(i).getId());
            if (link == null) {
                link = new ArticleTag(this, wanted.get(i), i);
            } else {
                link.moveTo(i);
            }
            next.add(link);
        }
        tags.clear();
        tags.addAll(next);
    }

    /** Sets the people and their roles in order, keeping the links that stay as {@link #retag} does. */
    void relink(List<RoleOf> wanted) {
        Map<List<Object>, ArticlePerson> existing = new HashMap<>();
        people.forEach(link -> existing.put(List.of(link.getPerson().getId(), link.getRole()), link));
        List<ArticlePerson> next = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            RoleOf want = wanted.get(i);
            ArticlePerson link = existing.get(List.of(want.person().getId(), want.role()));
            if (link == null) {
                link = new ArticlePerson(this, want.person(), want.role(), i);
            } else {
                link.moveTo(i);
            }
            next.add(link);
        }
        people.clear();
        people.addAll(next);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public boolean isExcerptGiven() {
        return !excerptDerived;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getLanguage() {
        return language;
    }

    public UUID getTranslationGroup() {
        return translationGroup;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getContentUpdatedAt() {
        return contentUpdatedAt;
    }

    public String getDatelinePlace() {
        return datelinePlace;
    }

    public FeaturedImage getFeaturedImage() {
        return featuredImageUrl == null ? null
                : new FeaturedImage(featuredImageUrl, featuredImageAlt, featuredImageCaption, featuredImageCredit);
    }

    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    public int getReadingTimeMinutes() {
        return readingTimeMinutes;
    }

    public int getWordCount() {
        return wordCount;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public List<ArticleTag> getTags() {
        return tags;
    }

    public List<ArticlePerson> getPeople() {
        return people;
    }

    public List<Correction> getCorrections() {
        return corrections;
    }
}
