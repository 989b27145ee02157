package news.dateline.web.representation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.web.Json;
import news.dateline.web.SurrogateKeyed;
import news.dateline.web.paging.Page;
import news.dateline.web.problem.ProblemException;
import news.dateline.web.problem.ProblemKind;

/**
 * Turns a response body into HTTP: serialises it once, tags it (strong ETag over the exact bytes),
 * answers conditional GETs with 304 and states how it may be cached. Resources return the {@link Response} built
 * here rather than a {@code RestResponse<T>} because the ETag is a digest of the exact bytes sent: the body must be
 * serialised before the headers are written, not by the framework afterwards.
 */
@ApplicationScoped
public class Representations {

    static final String PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";
    static final String PRIVATE_CACHE = "private, no-store";
    /** A shared cache must keep a keyed caller's answer apart from the public one, and gzip apart from plain. */
    static final String VARY = "Accept-Encoding, Authorization";
    static final String SURROGATE_KEY = "Surrogate-Key";

    private final ObjectMapper mapper;

    Representations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A single resource for a GET, cut down to the fields asked for. {@code personal} responses depend on the
     * caller's key and must not be stored by shared caches.
     */
    public Response resource(HttpHeaders headers, View body, FieldSelection fields, boolean personal) {
        byte[] bytes = fields.all() ? serialise(body) : serialise(selected(body, fields));
        return languageOf(body, conditional(headers, bytes, ETags.of(body.version(), bytes), body.updatedAt(), personal)
                .header(SURROGATE_KEY, surrogateKeys(Stream.empty(), Stream.of(body)))).build();
    }

    /**
     * A representation rendered before it was asked for, as stored: no serialisation, no digest. {@code personal} as
     * for {@link #resource}: the same public bytes, asked for with a key, are not for shared caches.
     */
    public Response rendered(HttpHeaders headers, Rendered body, boolean personal) {
        return languageOf(body, conditional(headers, body.json().getBytes(StandardCharsets.UTF_8), body.etag(),
                body.updatedAt(), personal)
                .header(SURROGATE_KEY, body.surrogateKeys())).build();
    }

    /**
     * A page of a list for a GET, each item cut down to the fields asked for, with its RFC 8288 {@code Link} header
     * and the latest change among its items as {@code Last-Modified}.
     */
    public <T> Response page(HttpHeaders headers, Page<T> page, Function<T, Instant> updatedAt, FieldSelection fields,
            boolean personal) {
        byte[] bytes = fields.all() ? serialise(page) : serialise(selected(page, fields));
        Instant lastModified = page.items().stream().map(updatedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        // The collection's own key ("articles") lets a cache drop every list of it when something joins or leaves.
        String collection = page.links().self().replaceAll("[?].*$", "").replaceAll("^.*/", "");
        Response.ResponseBuilder builder = conditional(headers, bytes, ETags.of(bytes), lastModified, personal)
                .header(SURROGATE_KEY, surrogateKeys(Stream.of(collection),
                        Stream.concat(page.items().stream(), Stream.ofNullable(page.facets()))));
        String links = page.links().header();
        return (links.isEmpty() ? builder : builder.header("Link", links)).build();
    }

    /**
     * A computed answer for a GET that is neither one versioned resource nor a page (a search): tagged by a digest of
     * its bytes alone, with the latest change among what it shows as {@code Last-Modified} (none when null).
     */
    public Response computed(HttpHeaders headers, Object body, Instant lastModified, boolean personal) {
        byte[] bytes = serialise(body);
        return conditional(headers, bytes, ETags.of(bytes), lastModified, personal)
                .header(SURROGATE_KEY, surrogateKeys(Stream.empty(), Stream.of(body))).build();
    }

    /**
     * A GET's answer in a format of its own (a feed), rendered from bytes the caller made: tagged by a digest of them
     * alone, with the latest change among what it shows as {@code Last-Modified} (none when null) and the surrogate
     * keys of what it shows (none when null).
     */
    public Response document(HttpHeaders headers, byte[] bytes, MediaType type, Instant lastModified,
            String surrogateKeys, boolean personal) {
        return conditional(headers, bytes, ETags.of(bytes), lastModified, personal, type)
                .header(SURROGATE_KEY, surrogateKeys).build();
    }

    /**
     * As {@link #document(HttpHeaders, byte[], MediaType, Instant, String, boolean)}, tagged by an ETag of the caller's
     * making (an article's JSON-LD carries the article's version, as the article's own ETag does).
     */
    public Response document(HttpHeaders headers, byte[] bytes, MediaType type, String etag, Instant lastModified,
            String surrogateKeys, boolean personal) {
        return conditional(headers, bytes, etag, lastModified, personal, type)
                .header(SURROGATE_KEY, surrogateKeys).build();
    }

    /** The answer to a successful POST: 201 with the new resource, its location (the request's path + id), its tag. */
    public Response created(UriInfo uri, View body) {
        byte[] bytes = serialise(body);
        URI location = uri.getAbsolutePathBuilder().path(body.id().toString()).build();
        return Response.created(location).entity(bytes).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, ETags.of(body.version(), bytes))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE).build();
    }

    /**
     * The answer to a POST that added something shown inside a resource (a note in an article): 201 with what was
     * added, the location of the resource that shows it, and that resource's new tag, which the next write states.
     */
    public Response createdWithin(URI location, Object added, View resource) {
        return Response.created(location).entity(serialise(added)).type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, ETags.of(resource.version(), serialise(resource)))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE).build();
    }

    /** The answer to a successful PUT or PATCH: the resource as it now is, with its new tag. */
    public Response updated(View body) {
        byte[] bytes = serialise(body);
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, ETags.of(body.version(), bytes))
                .header(HttpHeaders.CACHE_CONTROL, PRIVATE_CACHE).build();
    }

    /** The answer to a successful DELETE. */
    public Response deleted() {
        return Response.noContent().build();
    }

    private Response.ResponseBuilder conditional(HttpHeaders headers, byte[] bytes, String etag, Instant lastModified,
            boolean personal) {
        return conditional(headers, bytes, etag, lastModified, personal, MediaType.APPLICATION_JSON_TYPE);
    }

    private Response.ResponseBuilder conditional(HttpHeaders headers, byte[] bytes, String etag, Instant lastModified,
            boolean personal, MediaType type) {
        Response.ResponseBuilder builder = switch (Preconditions.of(headers).evaluate(etag, lastModified)) {
            case SEND -> Response.ok(bytes, type);
            case NOT_MODIFIED -> Response.notModified();
            case FAILED -> throw new ProblemException(ProblemKind.PRECONDITION_FAILED, Preconditions.FAILED);
        };
        if (lastModified != null) {
            builder.header(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified));
        }
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, personal ? PRIVATE_CACHE : PUBLIC_CACHE)
                .header(HttpHeaders.VARY, VARY);
    }

    /** What a view in one language says of it: {@code Content-Language}, and a {@code Link} to each other version. */
    private static Response.ResponseBuilder languageOf(Object body, Response.ResponseBuilder builder) {
        if (body instanceof Translated translated && translated.language() != null) {
            builder.header(HttpHeaders.CONTENT_LANGUAGE, translated.language());
            if (translated.alternates() != null) {
                builder.header("Link", translated.alternates());
            }
        }
        return builder;
    }

    /**
     * The distinct keys of what a response shows, space-separated as CDNs read them; null (no header) when nothing
     * has keys.
     */
    private static String surrogateKeys(Stream<String> collection, Stream<?> bodies) {
        String keys = Stream.concat(collection, bodies.filter(SurrogateKeyed.class::isInstance)
                .map(SurrogateKeyed.class::cast).flatMap(SurrogateKeyed::surrogateKeys))
                .distinct().collect(Collectors.joining(" "));
        return keys.isEmpty() ? null : keys;
    }

    private ObjectNode selected(View body, FieldSelection fields) {
        ObjectNode tree = mapper.valueToTree(body);
        fields.apply(tree);
        return tree;
    }

    private ObjectNode selected(Page<?> page, FieldSelection fields) {
        ObjectNode tree = mapper.valueToTree(page);
        tree.get("items").forEach(item -> fields.apply((ObjectNode) item));
        return tree;
    }

    private byte[] serialise(Object body) {
        return Json.bytes(mapper, body);
    }
}
