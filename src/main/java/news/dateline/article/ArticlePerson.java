package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import news.dateline.person.Person;

/** A person linked to an article in a role, at a position in the article's list of people. */
@Entity
@Table(name = "article_person")
public class ArticlePerson {

    @EmbeddedId
    private Key id;

    @MapsId("articleId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    @MapsId("personId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    private int position;

    protected ArticlePerson() {
    }

    ArticlePerson(Article article, Person person, PersonRole role, int position) {
        this.id = new Key(role);
        this.article = article;
        this.person = person;
        this.position = position;
    }

    public Person getPerson() {
        return person;
    }

    public PersonRole getRole() {
        return id.role;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** The row's identity: a person holds a role in an article once. */
    @Embeddable
    public static class Key implements Serializable {
        private UUID articleId;
        private UUID personId;

        @Enumerated(EnumType.STRING)
        @Column(name = "role")
        private PersonRole role;

        protected Key() {
        }

        Key(PersonRole role) {
            this.role = role;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(personId, k.personId)
                    && role == k.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, personId, role);
        }
    }
}
