package news.dateline.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import news.dateline.catalogue.Slugged;
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
        this.slug = slug;
        this.name = input.name().strip();
        this.description = input.description();
        this.kind = Objects.requireNonNullElse(input.kind(), TagKind.TOPIC);
        this.aliases = input.aliases() == null ? List.of() : input.aliases().stream().map(String::strip).toList();
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
