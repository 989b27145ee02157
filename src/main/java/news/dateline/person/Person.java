package news.dateline.person;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.catalogue.Slugged;
import news.dateline.language.Localizations;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** Someone articles are about or written by ("Sergei Lavrov", "Antony Blinken"). */
@Entity
@Table(name = "person")
@BatchSize(size = 100)
public class Person implements Slugged {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    private String slug;
    private String name;
    private String title;
    private String affiliation;
    private String country;
    private String bio;
    private String imageUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> aliases = List.of();

    /** Name, title, bio and aliases in other languages than the base, by BCP 47 tag (migration V20). */
    @Convert(converter = PersonLocalizationsJson.class)
    private Map<String, PersonLocalization> localizations = Map.of();

    private String wikidataId;
    private String website;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Person() {
    }

    Person(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String slug, NewPerson input, Instant now) {
        // Checked first: a refused write leaves the entity as it was.
        Map<String, PersonLocalization> checked = Localizations.checked(input.localizations(),
                PersonLocalization::tidy, PersonLocalization::isEmpty);
        this.slug = slug;
        this.name = input.name().strip();
        this.title = input.title();
        this.affiliation = input.affiliation();
        this.country = input.country();
        this.bio = input.bio();
        this.imageUrl = input.imageUrl();
        this.aliases = input.aliases() == null ? List.of() : input.aliases().stream().map(String::strip).toList();
        this.wikidataId = input.wikidataId();
        this.website = input.website();
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

    public String getTitle() {
        return title;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public String getCountry() {
        return country;
    }

    public String getBio() {
        return bio;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public List<String> getAliases() {
        return aliases;
    }

    public Map<String, PersonLocalization> getLocalizations() {
        return localizations;
    }

    public String getWikidataId() {
        return wikidataId;
    }

    public String getWebsite() {
        return website;
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
