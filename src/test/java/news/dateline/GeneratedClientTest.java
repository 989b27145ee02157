package news.dateline;

import static news.dateline.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dateline.client.ApiClient;
import dateline.client.ApiException;
import dateline.client.ApiResponse;
import dateline.client.api.ArticlesApi;
import dateline.client.api.ArticlesApi.APIGetArticleRequest;
import dateline.client.api.ArticlesApi.APIListArticlesRequest;
import dateline.client.api.PeopleApi;
import dateline.client.api.PeopleApi.APIGetPersonRequest;
import dateline.client.api.SyncApi;
import dateline.client.api.SyncApi.APIListChangesRequest;
import dateline.client.api.TagsApi;
import dateline.client.api.TagsApi.APIDeleteTagRequest;
import dateline.client.api.TagsApi.APIGetTagRequest;
import dateline.client.model.ArticlePage;
import dateline.client.model.ArticlePatch;
import dateline.client.model.ArticleStatus;
import dateline.client.model.ArticleSummary;
import dateline.client.model.ArticleView;
import dateline.client.model.ChangeAction;
import dateline.client.model.ChangeItem;
import dateline.client.model.ChangePage;
import dateline.client.model.NewArticle;
import dateline.client.model.NewPerson;
import dateline.client.model.NewTag;
import dateline.client.model.PageInfo;
import dateline.client.model.PersonChange;
import dateline.client.model.PersonInArticle;
import dateline.client.model.PersonRole;
import dateline.client.model.PersonView;
import dateline.client.model.Problem;
import dateline.client.model.TagChange;
import dateline.client.model.TagKind;
import dateline.client.model.TagSummary;
import dateline.client.model.TagView;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import news.dateline.demo.DemoContentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API through a Java client generated from {@code openapi.yaml}: where the contract and the server part, it fails. */
@QuarkusTest
class GeneratedClientTest {

    private static final String SEED = "lavrov-and-blinken-meet-in-malta-as-osce-talks-turn-to-ukraine";
    private static final String PROBLEMS = "https://dateline.news/problems/";

    @TestHTTPResource
    URI server;

    @Inject
    DemoContentService demo;

    private ArticlesApi readerArticles;
    private ArticlesApi editorArticles;
    private ObjectMapper mapper;

    @BeforeEach
    void clients() {
        readerArticles = new ArticlesApi(client(null));
        editorArticles = new ArticlesApi(client(Api.KEY));
        mapper = client(null).getObjectMapper();
    }

    @Test
    void listsAndReadsTheSeedContentAsTypedModels() throws ApiException {
        demo.load();

        ArticlePage keyset = readerArticles.listArticles(APIListArticlesRequest.newBuilder()
                .tag(List.of("osce")).include(List.of("tags", "people")).build());
        ArticleSummary listed = keyset.getItems().stream().filter(a -> a.getSlug().equals(SEED)).findFirst().orElseThrow();
        assertEquals(ArticleStatus.PUBLISHED, listed.getStatus());
        assertEquals(Instant.parse("2024-12-05T08:00:00Z"), listed.getPublishedAt().toInstant());
        assertEquals("en", listed.getLanguage());
        assertEquals(List.of("osce", "ukraine"), tagSlugs(listed.getTags()).subList(0, 2));
        assertEquals(TagKind.ORGANISATION, listed.getTags().get(0).getKind());
        assertEquals(PersonRole.SUBJECT, listed.getPeople().get(0).getRole());
        assertNull(listed.getBody(), "a list sends the body only with include=body");
        assertEquals(20, keyset.getPage().getLimit());
        assertNull(keyset.getPage().getNumber(), "a keyset page has no number");
        assertNull(keyset.getLinks().getLast(), "a keyset page has no last link");

        ArticlePage numbered = readerArticles.listArticles(APIListArticlesRequest.newBuilder()
                .tag(List.of("osce")).page(1).limit(5).build());
        PageInfo pageInfo = numbered.getPage();
        assertEquals(1, pageInfo.getNumber());
        assertEquals(5, pageInfo.getLimit());
        assertTrue(pageInfo.getTotalItems() >= 1);
        assertTrue(pageInfo.getTotalPages() >= 1);
        assertNotNull(numbered.getLinks().getLast());

        ArticleView seed = readerArticles.getArticle(APIGetArticleRequest.newBuilder().ref(SEED).build());
        assertEquals(listed.getId(), seed.getId());
        assertEquals("Malta", seed.getDatelinePlace());
        assertTrue(seed.getBodyHtml().startsWith("<p>"), "readers get the body as HTML");
        assertNull(seed.getBody(), "readers get no Markdown by default");
        assertTrue(seed.getWordCount() > 0);
        assertEquals(List.of("osce", "ukraine", "nagorno-karabakh"), tagSlugs(seed.getTags()).subList(0, 3));
        PersonInArticle lavrov = seed.getPeople().get(0);
        assertEquals("sergei-lavrov", lavrov.getSlug());
        assertEquals("Russian Foreign Minister", lavrov.getTitle());
        assertEquals(PersonRole.SUBJECT, lavrov.getRole());

        TagView osce = new TagsApi(client(null)).getTag(APIGetTagRequest.newBuilder().ref("osce").build());
        assertEquals(TagKind.ORGANISATION, osce.getKind());
        assertTrue(osce.getArticleCount() >= 1);

        PersonView sinirlioglu = new PeopleApi(client(null))
                .getPerson(APIGetPersonRequest.newBuilder().ref("feridun-sinirlioglu").build());
        assertEquals("feridun-sinirlioglu", sinirlioglu.getSlug());
        assertTrue(sinirlioglu.getArticleCount() >= 1);
        assertNotNull(sinirlioglu.getCreatedAt());

        // Localised names: asked for by parameter, and by header with a fallback the answer names.
        TagView osbe = new TagsApi(client(null)).getTag(APIGetTagRequest.newBuilder().ref("osce").language("sq")
                .build());
        assertEquals("OSBE", osbe.getName());
        assertEquals("OSBE", osbe.getLocalizations().get("sq").getName());
        assertNull(osbe.getLanguage());
        PersonView lavrovInAlbanian = new PeopleApi(client(null)).getPerson(APIGetPersonRequest.newBuilder()
                .ref("sergei-lavrov").acceptLanguage("sq-AL").build());
        assertEquals("Ministri i Jashtëm i Rusisë", lavrovInAlbanian.getTitle());
        assertEquals("sq", lavrovInAlbanian.getLanguage());
    }

    @Test
    void writesWithTheKeyAreVersionedByETag() throws ApiException, IOException {
        String u = unique();
        TagView tag = new TagsApi(client(Api.KEY)).createTag(new NewTag().name("Client tag " + u).kind(NewTag.KindEnum.PLACE));
        assertEquals(TagKind.PLACE, tag.getKind());

        ApiResponse<ArticleView> created = editorArticles.createArticleWithHttpInfo(new NewArticle()
                .title("Written by the generated client " + u).body("Talks **begin** today.").tags(List.of(tag.getSlug())));
        assertEquals(201, created.getStatusCode());
        ArticleView article = created.getData();
        String slug = article.getSlug();
        String etag = header(created, "ETag");
        assertEquals(0L, article.getVersion());
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals("Talks **begin** today.", article.getBody());
        assertEquals(List.of(tag.getSlug()), tagSlugs(article.getTags()));
        assertTrue(header(created, "Location").endsWith("/api/v1/articles/" + article.getId()),
                header(created, "Location"));

        ApiResponse<ArticleView> patched = editorArticles.patchArticleWithHttpInfo(slug,
                new ArticlePatch().subtitle("Talks on Ukraine"), etag);
        assertEquals(200, patched.getStatusCode());
        assertEquals(1L, patched.getData().getVersion());
        assertEquals("Talks on Ukraine", patched.getData().getSubtitle());
        assertEquals(article.getTitle(), patched.getData().getTitle(), "a merge patch leaves out what it does not name");
        String patchedEtag = header(patched, "ETag");
        assertNotEquals(etag, patchedEtag);
        assertEquals(patchedEtag, header(editorArticles.getArticleWithHttpInfo(
                APIGetArticleRequest.newBuilder().ref(slug).build()), "ETag"));

        ApiException stale = assertThrows(ApiException.class,
                () -> editorArticles.patchArticle(slug, new ArticlePatch().subtitle("A lost update"), etag));
        Problem lostUpdate = problem(stale, 412, "precondition-failed");
        assertEquals("Precondition Failed", lostUpdate.getTitle());
        assertEquals("/api/v1/articles/" + slug, lostUpdate.getInstance());

        ApiException blind = assertThrows(ApiException.class,
                () -> editorArticles.patchArticle(slug, new ArticlePatch().subtitle("A blind update"), null));
        problem(blind, 428, "precondition-required");

        ApiResponse<ArticleView> replaced = editorArticles.replaceArticleWithHttpInfo(article.getId().toString(),
                new NewArticle().title("Rewritten by the generated client " + u).body("New body"), patchedEtag);
        assertEquals(2L, replaced.getData().getVersion());
        assertEquals(slug, replaced.getData().getSlug(), "a PUT without a slug keeps it");
        assertNull(replaced.getData().getSubtitle(), "a PUT replaces the whole article");
        assertEquals(List.of(), replaced.getData().getTags());

        assertEquals(204, editorArticles.deleteArticleWithHttpInfo(slug, header(replaced, "ETag")).getStatusCode());
        problem(assertThrows(ApiException.class,
                () -> editorArticles.getArticle(APIGetArticleRequest.newBuilder().ref(slug).build())), 404, "not-found");
    }

    /** Each entry of the change stream reads as the change of its own type, with data only when it is an upsert. */
    @Test
    void changesReadAsTheUpsertOrTombstoneOfTheirType() throws ApiException {
        SyncApi sync = new SyncApi(client(null));
        String since = null;
        boolean more = true;
        for (int page = 0; more && page < 1000; page++) {
            ChangePage read = sync.listChanges(APIListChangesRequest.newBuilder().since(since).limit(500).build());
            since = read.getNext();
            more = read.getHasMore();
        }
        String u = unique();
        TagsApi tags = new TagsApi(client(Api.KEY));
        TagView kept = tags.createTag(new NewTag().name("Kept by the client " + u));
        ApiResponse<TagView> gone = tags.createTagWithHttpInfo(new NewTag().name("Dropped by the client " + u));
        tags.deleteTag(APIDeleteTagRequest.newBuilder().ref(gone.getData().getSlug()).ifMatch(header(gone, "ETag"))
                .build());
        new PeopleApi(client(Api.KEY)).createPerson(new NewPerson().name("Changed person " + u));

        List<Object> changes = sync.listChanges(APIListChangesRequest.newBuilder().since(since).limit(500).build())
                .getChanges().stream().map(ChangeItem::getActualInstance).toList();
        TagChange upsert = tagChange(changes, kept.getId());
        assertEquals(ChangeAction.UPSERT, upsert.getAction());
        assertEquals(kept.getName(), upsert.getData().getName());
        TagChange tombstone = tagChange(changes, gone.getData().getId());
        assertEquals(ChangeAction.DELETE, tombstone.getAction());
        assertEquals(gone.getData().getSlug(), tombstone.getSlug());
        assertNull(tombstone.getData());
        PersonChange person = assertInstanceOf(PersonChange.class, changes.get(changes.size() - 1));
        assertEquals("Changed person " + u, person.getData().getName());
    }

    @Test
    void failuresArriveAsProblemsTheClientReads() throws IOException {
        String u = unique();

        Problem notFound = problem(assertThrows(ApiException.class, () -> readerArticles.getArticle(
                APIGetArticleRequest.newBuilder().ref("no-such-article-" + u).build())), 404, "not-found");
        assertEquals("/api/v1/articles/no-such-article-" + u, notFound.getInstance());
        assertNotNull(notFound.getDetail());

        ApiException anonymousWrite = assertThrows(ApiException.class,
                () -> readerArticles.createArticle(new NewArticle().title("No key " + u)));
        problem(anonymousWrite, 401, "unauthorized");
        assertTrue(anonymousWrite.getResponseHeaders().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
        problem(assertThrows(ApiException.class, () -> new ArticlesApi(client("not-a-key-" + u))
                .listArticles(APIListArticlesRequest.newBuilder().build())), 401, "unauthorized");

        Problem invalid = problem(assertThrows(ApiException.class,
                () -> editorArticles.createArticle(new NewArticle().title(" "))), 422, "validation-failed");
        assertEquals("title", invalid.getErrors().get(0).getField());
        assertNotNull(invalid.getErrors().get(0).getMessage());

        Problem badQuery = problem(assertThrows(ApiException.class, () -> readerArticles.listArticles(
                APIListArticlesRequest.newBuilder().language("not a language").build())), 400, "bad-request");
        assertEquals("language", badQuery.getErrors().get(0).getField());
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * A client of the server under test, with the bearer key when one is given. Its mapper holds the server to the
     * contract both ways: a property openapi.yaml does not declare fails (the generator turns that off, and a renamed
     * field would pass unnoticed), and so does a missing one it requires (see {@link RequiredProperties}).
     */
    private ApiClient client(String key) {
        ApiClient client = new ApiClient().setHost(server.getHost()).setPort(server.getPort());
        client.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .registerModule(new SimpleModule().setDeserializerModifier(new RequiredProperties())));
        if (key != null) {
            // The native library has no authentication settings of its own; every request passes this hook.
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    /** The problem a failed call answered with, read into the generated model, after its status and type are checked. */
    private Problem problem(ApiException failure, int status, String kind) throws IOException {
        assertEquals(status, failure.getCode(), failure.getMessage());
        assertEquals(Api.PROBLEM, failure.getResponseHeaders().firstValue("Content-Type").orElseThrow());
        Problem problem = mapper.readValue(failure.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        assertEquals(PROBLEMS + kind, problem.getType());
        assertNotNull(problem.getTitle());
        return problem;
    }

    private static String header(ApiResponse<?> response, String name) {
        List<String> values = response.getHeaders().get(name);
        assertNotNull(values, "no " + name + " header");
        return values.get(0);
    }

    private static TagChange tagChange(List<Object> changes, UUID id) {
        return changes.stream().filter(TagChange.class::isInstance).map(TagChange.class::cast)
                .filter(change -> change.getId().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> tagSlugs(List<TagSummary> tags) {
        return tags.stream().map(TagSummary::getSlug).toList();
    }

    /**
     * Makes a generated model fail to read JSON that lacks one of its schema's {@code required} properties. The models
     * mark them {@code @JsonProperty(required = true)}, but Jackson checks that only for constructor parameters and
     * the models use setters. Without it, a server that leaves out a required member (instead of sending it as
     * {@code null}) passes: an upsert without its {@code data} would read as an upsert. The generator has no option to
     * check {@code required} itself.
     */
    private static final class RequiredProperties extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                JsonDeserializer<?> deserializer) {
            List<String> required = bean.findProperties().stream()
                    .filter(BeanPropertyDefinition::isRequired).map(BeanPropertyDefinition::getName).toList();
            return required.isEmpty() ? deserializer : new Checked(deserializer, bean.getBeanClass(), required);
        }

        /** A model's own deserializer, run after the object was checked for its required members. */
        private static final class Checked extends DelegatingDeserializer {

            private final Class<?> model;
            private final List<String> required;

            Checked(JsonDeserializer<?> delegate, Class<?> model, List<String> required) {
                super(delegate);
                this.model = model;
                this.required = required;
            }

            @Override
            protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
                return new Checked(delegate, model, required);
            }

            @Override
            public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode tree = context.readTree(parser);
                // Anything but an object is left to the model's deserializer, which refuses it in its own words.
                String missing = tree.isObject()
                        ? required.stream().filter(name -> !tree.has(name)).findFirst().orElse(null) : null;
                if (missing != null) {
                    return context.reportInputMismatch(this, "%s without its required property '%s'",
                            model.getSimpleName(), missing);
                }
                JsonParser replay = tree.traverse(parser.getCodec());
                replay.nextToken();
                return _delegatee.deserialize(replay, context);
            }
        }
    }
}
