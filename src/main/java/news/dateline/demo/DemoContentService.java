package news.dateline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import news.dateline.article.Article;
import news.dateline.article.ArticleRepository;
import news.dateline.article.ArticleWriteService;
import news.dateline.article.NewArticle;
import news.dateline.article.NewCorrection;
import news.dateline.auth.Writer;
import news.dateline.auth.Writers;
import news.dateline.content.Slugs;
import news.dateline.person.NewPerson;
import news.dateline.person.PersonRepository;
import news.dateline.person.PersonService;
import news.dateline.tag.NewTag;
import news.dateline.tag.TagRepository;
import news.dateline.tag.TagService;
import news.dateline.web.input.IfMatch;

/**
 * Loads the demo content (the December 2024 OSCE ministerial report, its tags and people) through the same
 * services the API uses, and the correction its article needs (the body fixed, and a public note that says so).
 * Idempotent: whatever already exists, by slug, is left alone, so restarts add nothing.
 */
@ApplicationScoped
public class DemoContentService {

    static final String CONTENT = "demo/demo-content.json";

    private final DemoConfig config;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final TagService tagService;
    private final TagRepository tags;
    private final PersonService personService;
    private final PersonRepository people;
    private final ArticleWriteService articleService;
    private final ArticleRepository articles;
    private final Writers writers;

    DemoContentService(DemoConfig config, ObjectMapper mapper, Validator validator, TagService tagService,
            TagRepository tags, PersonService personService, PersonRepository people, ArticleWriteService articleService,
            ArticleRepository articles, Writers writers) {
        this.config = config;
        this.mapper = mapper;
        this.validator = validator;
        this.tagService = tagService;
        this.tags = tags;
        this.personService = personService;
        this.people = people;
        this.articleService = articleService;
        this.articles = articles;
        this.writers = writers;
    }

    @ActivateRequestContext // start-up is no request, and Hibernate needs one to choose its database
    void onStart(@Observes StartupEvent event) {
        if (config.seedDemo()) {
            int added = load();
            Log.infof("Demo content: %d item(s) added", added);
        }
    }

    /**
     * Adds whatever part of the demo content is missing, in one transaction, written by {@link Writer#DEMO}; returns
     * how many items it added.
     */
    @Transactional
    public int load() {
        return writers.as(Writer.DEMO, this::loadMissing);
    }

    private int loadMissing() {
        JsonNode content = read(CONTENT);
        int added = 0;
        for (JsonNode node : content.get("tags")) {
            NewTag tag = valid(node, NewTag.class);
            if (tags.findByRef(slugOf(tag.slug(), tag.name())).isEmpty()) {
                tagService.create(tag);
                added++;
            }
        }
        for (JsonNode node : content.get("people")) {
            NewPerson person = valid(node, NewPerson.class);
            if (people.findByRef(slugOf(person.slug(), person.name())).isEmpty()) {
                personService.create(person);
                added++;
            }
        }
        for (JsonNode entry : content.get("articles")) {
            ObjectNode node = ((ObjectNode) entry.get("article")).deepCopy();
            node.put("body", text(entry.get("bodyFile").asText()));
            NewArticle article = valid(node, NewArticle.class);
            if (articles.findByRef(Objects.requireNonNull(article.slug(), "demo articles name their slug")).isEmpty()) {
                articleService.create(article);
                added++;
            }
        }
        for (JsonNode entry : content.get("corrections")) {
            added += correct(entry.get("article").asText(), entry.get("fix"),
                    valid(entry.get("note"), NewCorrection.class));
        }
        return added;
    }

    /**
     * Fixes the article's body, an edit, then adds the public note that says so, each a write of the article at the
     * version it has; nothing when the article already carries a note. Returns how many notes it added.
     */
    private int correct(String slug, JsonNode fix, NewCorrection note) {
        Article article = articles.findByRef(slug).orElseThrow();
        if (!article.getCorrections().isEmpty()) {
            return 0;
        }
        long version = article.getVersion();
        String wrong = fix.get("wrong").asText();
        if (article.getBodyMarkdown().contains(wrong)) {
            ObjectNode patch = mapper.createObjectNode()
                    .put("body", article.getBodyMarkdown().replace(wrong, fix.get("right").asText()));
            version = articleService.patch(slug, new IfMatch(Set.of(version)), patch).version();
        }
        articleService.correct(slug, new IfMatch(Set.of(version)), note);
        return 1;
    }

    private static String slugOf(String slug, String name) {
        return slug != null ? slug : Slugs.slugify(name);
    }

    private <T> T valid(JsonNode node, Class<T> type) {
        T value = mapper.convertValue(node, type);
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Invalid demo " + type.getSimpleName() + ": " + violations);
        }
        return value;
    }

    private JsonNode read(String resource) {
        try {
            return mapper.readTree(text(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = DemoContentService.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
