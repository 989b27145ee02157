package news.dateline.article;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import news.dateline.auth.Visibility;
import news.dateline.content.Slugs;
import news.dateline.replica.Reads;
import news.dateline.tag.TagKind;
import news.dateline.tag.TagSummary;
import news.dateline.web.input.Refs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The stored {@link ArticleDocument}s and the queue of articles whose document must be rendered again (migration V8
 * says when and why). Plain JDBC on the service's datasource: inside a transaction it runs on that transaction's
 * connection. Documents are read where the request reads ({@link Reads}: a public read may go to the replica). Only
 * on PostgreSQL, whose triggers queue every change; on the embedded dev database nothing is stored and every read
 * renders.
 */
@Singleton
class ArticleDocuments {

    /** A document is served only while its article waits for no rendering. */
    private static final String SERVED = " and not exists (select 1 from article_document_queue q"
            + " where q.article_id = d.article_id)";

    private final AgroalDataSource dataSource;
    private final Reads reads;
    private final boolean enabled;

    ArticleDocuments(AgroalDataSource dataSource, Reads reads,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.dataSource = dataSource;
        this.reads = reads;
        this.enabled = dbKind.startsWith("postgresql");
    }

    /**
     * Whether a stored document may answer a read: each is {@link Visibility#PUBLIC}'s view, every field with the HTML
     * body only, so it answers only a caller who sees what the public sees, asking for all of that.
     *
     * @param whole whether every field is asked for as stored: no {@code fields=} selection and no search highlight
     */
    static boolean answers(Visibility visibility, Set<ArticleFormat> formats, boolean whole) {
        return whole && visibility == Visibility.PUBLIC && formats.equals(ArticleDocument.FORMATS);
    }

    boolean enabled() {
        return enabled;
    }

    /** The document of a published article by id or slug, if one is stored and current. */
    Optional<ArticleDocument> find(String ref) {
        Optional<UUID> id = Refs.asId(ref);
        if (!enabled || id.isEmpty() && !Slugs.isValid(ref)) {
            return Optional.empty();
        }
        return documents(id.isPresent() ? "d.article_id = ?" : "d.slug = ?", id.isPresent() ? id.get() : ref).stream()
                .findFirst();
    }

    /** The current documents of these articles, by id; those missing are being rendered again (or unpublished). */
    Map<UUID, ArticleDocument> findAll(Collection<UUID> ids) {
        if (!enabled || ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ArticleDocument> found = new HashMap<>();
        documents("d.article_id = any (?)", ids).forEach(document -> found.put(document.id(), document));
        return found;
    }

    /**
     * Takes up to {@code limit} queued articles for this transaction, skipping those another transaction holds (a
     * writer that has not committed, another instance's refresh), and leaves them locked until it ends.
     */
    List<UUID> claim(int limit) {
        return ids("select article_id from article_document_queue order by article_id limit ? for update skip locked",
                limit);
    }

    /** Locks these articles' queue rows for this transaction, before what is rendered from is read. */
    void lock(Collection<UUID> ids) {
        ids("select article_id from article_document_queue where article_id = any (?) order by article_id for update",
                ids);
    }

    /** The tags of these articles in order, read afresh. */
    Map<UUID, List<TagSummary>> tagsOf(Collection<UUID> ids) {
        Map<UUID, List<TagSummary>> tags = new HashMap<>();
        // Named in each article's language (its localisations read with the tag, the article's language beside).
        run("select at.article_id, t.id, t.slug, t.name, t.kind, t.localizations, a.language from article_tag at"
                + " join tag t on t.id = at.tag_id join article a on a.id = at.article_id"
                + " where at.article_id = any (?) order by at.article_id, at.position", ids, rows -> {
                    while (rows.next()) {
                        tags.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(TagSummary.of(rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                                        TagKind.valueOf(rows.getString(5)), rows.getString(6), rows.getString(7)));
                    }
                });
        return tags;
    }

    /** The people of these articles in order, with their roles, read afresh. */
    Map<UUID, List<PersonInArticle>> peopleOf(Collection<UUID> ids) {
        Map<UUID, List<PersonInArticle>> people = new HashMap<>();
        run("select ap.article_id, p.id, p.slug, p.name, p.title, ap.role, p.localizations, a.language"
                + " from article_person ap join person p on p.id = ap.person_id join article a on a.id = ap.article_id"
                + " where ap.article_id = any (?) order by ap.article_id, ap.position",
                ids, rows -> {
                    while (rows.next()) {
                        people.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(PersonInArticle.of(rows.getObject(2, UUID.class), rows.getString(3),
                                        rows.getString(4), rows.getString(5), PersonRole.valueOf(rows.getString(6)),
                                        rows.getString(7), rows.getString(8)));
                    }
                });
        return people;
    }

    /** Stores rendered documents and takes their articles off the queue (whose rows this transaction holds). */
    void store(List<ArticleDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("insert into article_document (article_id, slug,"
                        + " etag, updated_at, surrogate_keys, head, body_html, tags, people, corrections, translations,"
                        + " language, alternates) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (article_id)"
                        + " do update set slug = excluded.slug, etag = excluded.etag, updated_at = excluded.updated_at,"
                        + " surrogate_keys = excluded.surrogate_keys, head = excluded.head,"
                        + " body_html = excluded.body_html, tags = excluded.tags, people = excluded.people,"
                        + " corrections = excluded.corrections, translations = excluded.translations,"
                        + " language = excluded.language, alternates = excluded.alternates")) {
            for (ArticleDocument d : documents) {
                upsert.setObject(1, d.id());
                upsert.setString(2, d.slug());
                upsert.setString(3, d.etag());
                upsert.setTimestamp(4, Timestamp.from(d.updatedAt()));
                upsert.setString(5, d.surrogateKeys());
                upsert.setString(6, d.head());
                upsert.setString(7, d.bodyHtml());
                upsert.setString(8, d.tags());
                upsert.setString(9, d.people());
                upsert.setString(10, d.corrections());
                upsert.setString(11, d.translations());
                upsert.setString(12, d.language());
                upsert.setString(13, d.alternates());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new DocumentStoreException(e);
        }
    }

    /** Takes these articles off the queue: rendered, or nothing to render (not published, gone). */
    void dequeue(Collection<UUID> ids) {
        run("delete from article_document_queue where article_id = any (?)", ids, rows -> { });
    }

    private List<ArticleDocument> documents(String where, Object parameter) {
        List<ArticleDocument> documents = new ArrayList<>();
        run(reads::connection, "select d.article_id, d.slug, d.etag, d.updated_at, d.surrogate_keys, d.head,"
                + " d.body_html, d.tags, d.people, d.corrections, d.translations, d.language, d.alternates"
                + " from article_document d where " + where + SERVED,
                parameter, rows -> {
                    while (rows.next()) {
                        documents.add(new ArticleDocument(rows.getObject(1, UUID.class), rows.getString(2),
                                rows.getString(3), rows.getTimestamp(4).toInstant(), rows.getString(5),
                                rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                                rows.getString(10), rows.getString(11), rows.getString(12),
                                rows.getString(13)));
                    }
                });
        return documents;
    }

    private List<UUID> ids(String sql, Object parameter) {
        List<UUID> ids = new ArrayList<>();
        run(sql, parameter, rows -> {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        });
        return ids;
    }

    /** Runs one statement with one parameter (a collection goes as a uuid array) and reads what it returns. */
    private void run(String sql, Object parameter, RowReader reader) {
        run(dataSource::getConnection, sql, parameter, reader);
    }

    private void run(ConnectionSource source, String sql, Object parameter, RowReader reader) {
        try (Connection connection = source.get();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter instanceof Collection<?> ids
                    ? connection.createArrayOf("uuid", ids.toArray()) : parameter);
            if (statement.execute()) {
                try (ResultSet rows = statement.getResultSet()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new DocumentStoreException(e);
        }
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** A statement on the document tables failed; its SQL cause says why (a timeout is a 503 like any other). */
    static final class DocumentStoreException extends RuntimeException {
        DocumentStoreException(SQLException cause) {
            super(cause);
        }
    }
}
