package news.dateline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code openapi.yaml} and the code describing the same API, without booting Quarkus: every JAX-RS endpoint
 * under {@code news.dateline} is documented and every documented operation exists, and the contract says enough
 * about each operation for a client to use it (an id, a summary, its errors, examples).
 */
class ContractCoverageTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final String BASE_PACKAGE = "news.dateline";
    private static final Set<String> NO_BODY_STATUSES = Set.of("204", "304");

    private static OpenAPI api;

    /** One operation: {@code GET /api/v1/articles/{ref}}. */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void parseContract() throws IOException {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(CONTRACT), null, new ParseOptions());
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "openapi.yaml must parse without errors or warnings");
        api = result.getOpenAPI();
    }

    @Test
    void contractIsOpenApi303() {
        assertEquals("3.0.3", api.getOpenapi(),
                "the validator silently ignores wrong types under 3.1; the contract stays on 3.0.3");
    }

    @Test
    void everyImplementedEndpointIsDocumentedAndEveryDocumentedOneIsImplemented() throws Exception {
        Set<Endpoint> implemented = implementedEndpoints();
        Set<Endpoint> documented = documentedEndpoints();
        assertFalse(implemented.isEmpty(), "no JAX-RS resource found under " + BASE_PACKAGE + ": is the scan broken?");

        Set<Endpoint> undocumented = new TreeSet<>(implemented);
        undocumented.removeAll(documented);
        Set<Endpoint> missing = new TreeSet<>(documented);
        missing.removeAll(implemented);
        assertTrue(undocumented.isEmpty() && missing.isEmpty(),
                "implemented but not in openapi.yaml: " + undocumented
                        + "\nin openapi.yaml but not implemented: " + missing);
    }

    @Test
    void everyOperationHasAnIdASummaryAndAClientErrorResponse() {
        List<String> problems = new ArrayList<>();
        forEachOperation((endpoint, operation) -> {
            if (isBlank(operation.getOperationId())) {
                problems.add(endpoint + " has no operationId");
            }
            if (isBlank(operation.getSummary())) {
                problems.add(endpoint + " has no summary");
            }
            if (operation.getResponses() == null
                    || operation.getResponses().keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                problems.add(endpoint + " documents no 4xx response");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = new ArrayList<>();
        forEachOperation((endpoint, operation) -> ids.add(operation.getOperationId()));
        Set<String> duplicates = ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), duplicates);
    }

    @Test
    void everyResponseWithABodyHasAnExample() {
        List<String> problems = new ArrayList<>();
        forEachOperation((endpoint, operation) -> operation.getResponses().forEach((status, reference) -> {
            ApiResponse response = resolve(reference);
            String where = endpoint + " " + status;
            boolean hasBody = response.getContent() != null && !response.getContent().isEmpty();
            if (NO_BODY_STATUSES.contains(status)) {
                if (hasBody) {
                    problems.add(where + " must not have a body");
                }
                return;
            }
            if (!hasBody) {
                problems.add(where + " documents no body");
                return;
            }
            response.getContent().forEach((mediaType, media) -> {
                if (!hasExample(media)) {
                    problems.add(where + " " + mediaType + " has no example (on the media type or its schema)");
                }
            });
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> problems = new ArrayList<>();
        forEachOperation((endpoint, operation) -> {
            if (operation.getRequestBody() != null) {
                resolve(operation.getRequestBody()).getContent().forEach((mediaType, media) -> {
                    if (!hasExample(media)) {
                        problems.add(endpoint + " request " + mediaType + " has no example");
                    }
                });
            }
        });
        assertEquals(List.of(), problems);
    }

    /** Examples are what readers copy: one that the contract's own schema rejects teaches the wrong thing. */
    @Test
    void everyExampleConformsToItsSchema() {
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        List<String> problems = new ArrayList<>();
        BiConsumer<String, MediaType> check = (where, media) -> {
            if (media.getSchema() == null) {
                return;
            }
            examplesOf(media).forEach((name, value) ->
                    validate(validator, where + " example '" + name + "'", value, media.getSchema(), problems));
        };
        forEachOperation((endpoint, operation) -> {
            if (operation.getRequestBody() != null) {
                resolve(operation.getRequestBody()).getContent()
                        .forEach((type, media) -> check.accept(endpoint + " request " + type, media));
            }
            operation.getResponses().forEach((status, response) -> {
                if (resolve(response).getContent() != null) {
                    resolve(response).getContent()
                            .forEach((type, media) -> check.accept(endpoint + " " + status + " " + type, media));
                }
            });
        });
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getExample() != null) {
                validate(validator, "schema " + name + " example", schema.getExample(),
                        new Schema<>().$ref("#/components/schemas/" + name), problems);
            }
        });
        assertEquals(List.of(), problems);
    }

    /**
     * A generated client reads a {@code oneOf} or {@code anyOf} by its discriminator; without one, typescript-fetch
     * merges the members into one type and reads a tag as an article (and other generators guess). The one choice
     * allowed without a discriminator is OpenAPI 3.0's "this schema or null": a {@code $ref} and {@code enum: [null]},
     * which generators read as a nullable reference.
     */
    @Test
    void everyChoiceOfSchemasHasADiscriminator() throws IOException {
        List<String> problems = new ArrayList<>();
        findChoices(Yaml.mapper().readTree(Files.readString(CONTRACT)), "#", problems);
        assertEquals(List.of(), problems);
    }

    private static void findChoices(JsonNode node, String at, List<String> problems) {
        for (String choice : List.of("oneOf", "anyOf")) {
            JsonNode members = node.path(choice);
            if (members.isArray() && !node.has("discriminator") && !isNullableReference(members)) {
                problems.add(at + " has a " + choice + " without a discriminator");
            }
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> findChoices(field.getValue(), at + "/" + field.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findChoices(node.get(i), at + "/" + i, problems);
            }
        }
    }

    private static boolean isNullableReference(JsonNode members) {
        return members.size() == 2 && members.get(0).has("$ref") && members.get(1).path("nullable").asBoolean()
                && members.get(1).path("enum").size() == 1 && members.get(1).path("enum").get(0).isNull();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Every (method, path) the compiled JAX-RS resources under {@code news.dateline} serve. */
    private static Set<Endpoint> implementedEndpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.startsWith(BASE_PACKAGE + ".")) {
                    types.add(Class.forName(name, false, ContractCoverageTest.class.getClassLoader()));
                }
            }
        }
        String root = types.stream()
                .filter(t -> t.isAnnotationPresent(ApplicationPath.class))
                .map(t -> t.getAnnotation(ApplicationPath.class).value())
                .findFirst().orElse("");

        Set<Endpoint> endpoints = new TreeSet<>();
        for (Class<?> type : types) {
            jakarta.ws.rs.Path typePath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (typePath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isBridge() || method.isSynthetic()) {
                    continue;
                }
                jakarta.ws.rs.Path methodPath = method.getAnnotation(jakarta.ws.rs.Path.class);
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    assertTrue(methodPath == null, type.getName() + "." + method.getName()
                            + " is a sub-resource locator: teach this test to follow it");
                    continue;
                }
                endpoints.add(new Endpoint(httpMethod,
                        join(root, typePath.value(), methodPath == null ? "" : methodPath.value())));
            }
        }
        return endpoints;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** Joins path segments into one template, dropping regular expressions: {@code {ref: .+}} is {@code {ref}}. */
    private static String join(String... parts) {
        String joined = "/" + Stream.of(parts).collect(Collectors.joining("/"));
        joined = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Set<Endpoint> documentedEndpoints() {
        Set<Endpoint> endpoints = new TreeSet<>();
        forEachOperation((endpoint, operation) -> endpoints.add(endpoint));
        return endpoints;
    }

    private static void forEachOperation(BiConsumer<Endpoint, Operation> action) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> action.accept(new Endpoint(method.name(), path), operation)));
    }

    private static boolean hasExample(MediaType media) {
        return media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty())
                || (media.getSchema() != null && resolve(media.getSchema()).getExample() != null);
    }

    /** The examples of a media type by name, their {@code $ref}s followed. */
    private static Map<String, Object> examplesOf(MediaType media) {
        Map<String, Object> examples = new java.util.LinkedHashMap<>();
        if (media.getExample() != null) {
            examples.put("example", media.getExample());
        }
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> examples.put(name, resolve(example).getValue()));
        }
        return examples;
    }

    private static void validate(SchemaValidator validator, String where, Object example, Schema<?> schema,
            List<String> problems) {
        JsonNode json = Json.mapper().valueToTree(example);
        ValidationReport report = validator.validate(() -> json, schema, "example");
        report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> problems.add(where + ": " + m.getMessage()));
    }

    private static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response
                : resolve(api.getComponents().getResponses().get(refName(response.get$ref())));
    }

    private static RequestBody resolve(RequestBody body) {
        return body.get$ref() == null ? body
                : resolve(api.getComponents().getRequestBodies().get(refName(body.get$ref())));
    }

    private static Schema<?> resolve(Schema<?> schema) {
        return schema.get$ref() == null ? schema : resolve(api.getComponents().getSchemas().get(refName(schema.get$ref())));
    }

    private static Example resolve(Example example) {
        return example.get$ref() == null ? example
                : resolve(api.getComponents().getExamples().get(refName(example.get$ref())));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
