package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.journeyfacade.DataverseStubbedApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document's promises: operation ids, named string enums, problem responses, no Dataverse codes. */
class OpenApiDocumentTest extends DataverseStubbedApiTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private String text;
    private JsonNode doc;

    @BeforeEach
    void readDocument() throws Exception {
        text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        doc = JsonMapper.builder().build().readTree(text);
    }

    @Test
    void everyOperationHasItsStableOperationId() {
        List<String> ids = new ArrayList<>();
        operations().forEach(op -> ids.add(op.path("operationId").asString(null)));

        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().contains(
                "listJourneys", "getJourney", "createJourney", "updateJourney", "deleteJourney", "publishJourney",
                "stopJourney", "validateJourney", "validateJourneyDraft", "copyJourney", "listSegments", "listEmails",
                "listContentSettings");
    }

    @Test
    void everyOperationIsTagged() {
        operations().forEach(op -> assertThat(op.path("tags").isEmpty()).as(op.path("operationId").asString()).isFalse());
    }

    @Test
    void everyErrorResponseOfEveryOperationIsAProblemDetail() {
        for (JsonNode op : operations()) {
            String id = op.path("operationId").asString();
            Set<String> codes = new TreeSet<>(op.path("responses").propertyNames());
            assertThat(codes).as(id).anyMatch(c -> c.startsWith("4")).anyMatch(c -> c.startsWith("5"));
            for (String code : codes) {
                if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                    JsonNode content = op.path("responses").path(code).path("content");
                    assertThat(content.propertyNames()).as(id + " " + code).containsExactly("application/problem+json");
                    assertThat(content.path("application/problem+json").path("schema").path("$ref").asString())
                            .as(id + " " + code).isEqualTo("#/components/schemas/ProblemDetail");
                }
            }
        }
        JsonNode problem = doc.path("components").path("schemas").path("ProblemDetail").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "requestId", "errors");
    }

    @Test
    void everyEnumIsANamedStringEnumWithItsValues() {
        JsonNode schemas = doc.path("components").path("schemas");
        Map<String, List<String>> expected = Map.of(
                "JourneyStatus", List.of("DRAFT", "LIVE", "STOPPED", "LIVE_EDITABLE", "EXPIRED", "ERROR", "GOING_LIVE",
                        "STOPPING", "UNKNOWN"),
                "RequiredConsent", List.of("CONSENT", "TRANSACTIONAL", "SUBSCRIPTIONS", "MARKETING", "PROFILING", "UNKNOWN"),
                "Target", List.of("CONTACT", "ACCOUNT", "UNKNOWN"),
                "JourneyType", List.of("AUTOMATED", "LINKEDIN", "UNKNOWN"),
                "ValidationOutcome", List.of("VALID", "WARNING", "ERROR"),
                "IssueSeverity", List.of("INFO", "WARNING", "ERROR"));
        expected.forEach((name, values) -> {
            JsonNode schema = schemas.path(name);
            assertThat(schema.path("type").asString()).as(name).isEqualTo("string");
            assertThat(schema.path("enum").valueStream().map(JsonNode::asString).toList()).as(name).isEqualTo(values);
        });
        assertThat(schemas.path("Journey").path("properties").path("status").path("$ref").asString())
                .isEqualTo("#/components/schemas/JourneyStatus");
        List<String> inline = new ArrayList<>();
        findEnums(doc, "", inline);
        assertThat(inline).as("every enum is a named schema, referenced, never inline")
                .allMatch(path -> path.matches("/components/schemas/[A-Za-z]+"));
    }

    @Test
    void noOptionSetCodeAppearsAnywhere() {
        // Every code of design.md: status reasons, consent, type. (Target's 0 and 1 cannot be told from other numbers.)
        List<String> codes = new ArrayList<>();
        for (int code = 192350000; code <= 192350007; code++) {
            codes.add(Integer.toString(code));
        }
        for (int code = 587030001; code <= 587030005; code++) {
            codes.add(Integer.toString(code));
        }
        codes.forEach(code -> assertThat(text).as(code).doesNotContain(code));
        assertThat(text).doesNotContain("@odata", "msdyncrm_", "statuscode");
    }

    @Test
    void everyFieldOfEveryApiSchemaIsDescribedAndScalarsHaveExamples() {
        doc.path("components").path("schemas").properties().forEach(schema -> {
            if (schema.getKey().equals("ProblemDetail") || schema.getValue().has("enum")) {
                return;
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                String where = schema.getKey() + "." + property.getKey();
                JsonNode p = property.getValue();
                assertThat(p.path("description").asString("")).as(where).isNotBlank();
                String type = p.path("type").asString("");
                if (type.equals("string") || type.equals("integer")) {
                    assertThat(p.has("example")).as(where + " example").isTrue();
                }
            });
        });
    }

    @Test
    void tryItOutOnCreateOffersABodyWithoutAFixedIdOrKey() {
        JsonNode create = doc.path("paths").path("/api/v1/journeys").path("post");
        JsonNode example = create.path("requestBody").path("content").path("application/json").path("examples")
                .values().iterator().next().path("value");

        assertThat(example.path("name").asString()).isNotBlank();
        assertThat(example.has("id")).isFalse();
        create.path("parameters").forEach(p -> assertThat(p.has("example")).as(p.path("name").asString()).isFalse());
    }

    @Test
    void theApiIsNamedVersionedAndDescribed() {
        assertThat(doc.path("info").path("title").asString()).isEqualTo("Journey facade API");
        assertThat(doc.path("info").path("version").asString()).isEqualTo("v1");
        assertThat(doc.path("info").path("description").asString()).contains("RFC 9457");
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (HTTP_METHODS.contains(method.getKey())) {
                operations.add(method.getValue());
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static void findEnums(JsonNode node, String path, List<String> found) {
        if (node.isObject()) {
            if (node.has("enum")) {
                found.add(path);
            }
            node.properties().forEach(e -> findEnums(e.getValue(), path + "/" + e.getKey(), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findEnums(node.get(i), path + "/" + i, found);
            }
        }
    }
}
