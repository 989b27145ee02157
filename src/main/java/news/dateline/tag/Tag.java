package news.dateline.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import news.dateline.catalogue.Slugged;
import news.dateline.language.Localizations;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** A label on articles: a topic, place, organisation or event ("OSCE", "Ukraine", "Nagorno-Karabakh"). */
@Entity
@Table(name = "tag")
@BatchSize(size = 100)
public class Tag implements Slugged {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String slug;
    private String name;
    private String description;

    @Enumerated(EnumType.STRING)
    private TagKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases")
    private List<String> aliases = List.of();

    /** Name, description and aliases in other languages than the base, by BCP 47 tag (migration V20). */
    @Convert(converter = TagLocalizationsJson.class)
    private Map<String, TagLocalization> localizations = Map.of();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Tag() {
    }

    Tag(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String slug, NewTag input, Instant now) {
        // Checked first: a refused write leaves the entity as it was.
        Map<String, TagLocalization> checked = Localizations.checked(input.localizations(), TagLocalization::tidy,
                TagLocalization::isEmpty);
        this.slug = slug;
        this.name = input.name().strip();
        this.description = input.description();
        this.kind = Objects.requireNonNullElse(input.kind(), TagKind.TOPIC);
        this.aliases = input.aliases() == null ? List.of() : input.aliases().stream().map(String::strip).toList();
        this.localizations = checked;
        this.updatedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public TagKind getKind() {
        return kind;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public Map<String, TagLocalization> getLocalizations() {
        return localizations;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
