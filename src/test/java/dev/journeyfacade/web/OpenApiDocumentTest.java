package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.JourneyLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document's promises: operation ids, named string enums, problem responses,
 * no Dataverse codes.
 */
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
	void swaggerUiSortsTheOperationsByPathThenMethod() throws Exception {
		JsonNode config = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse().getContentAsString());

		// Swagger UI's "alpha" sorter compares paths; its sort is stable, so the methods
		// of
		// one path keep the document's order (get, put, post, delete, patch).
		assertThat(config.path("operationsSorter").asString()).isEqualTo("alpha");
	}

	@Test
	void everyStringArrayAndIntegerHasAnUpperBound() {
		List<String> unbounded = new ArrayList<>();
		findUnbounded(doc, "", unbounded);

		assertThat(unbounded).isEmpty();
	}

	@Test
	void theBoundsAreTheOnesTheValidationEnforces() {
		JsonNode create = doc.at("/components/schemas/CreateJourneyRequest/properties");
		JsonNode list = doc.at("/paths/~1api~1v1~1journeys/get/parameters");

		assertThat(create.at("/name/maxLength").asInt()).isEqualTo(JourneyLimits.NAME_MAX);
		assertThat(create.at("/timeZone/maximum").asInt()).isEqualTo(JourneyLimits.TIME_ZONE_MAX);
		assertThat(list.findValues("maximum")).extracting(JsonNode::asInt).contains(JourneyLimits.PAGE_SIZE_MAX);
		assertThat(doc.at("/components/schemas/JourneyPage/properties/items/maxItems").asInt())
			.isEqualTo(JourneyLimits.PAGE_SIZE_MAX);
		assertThat(create.at("/ownerId/maxLength").asInt()).isEqualTo(36);
	}

	@Test
	void aMergePatchMayClearEveryFieldButTheName() {
		JsonNode patch = doc.at("/components/schemas/UpdateJourneyRequest/properties");

		assertThat(patch.at("/recurrence/anyOf/0/$ref").asString()).isEqualTo("#/components/schemas/Recurrence");
		assertThat(patch.at("/recurrence/anyOf/1/type").asString()).isEqualTo("null");
		assertThat(patch.at("/startsAt/type").toString()).isEqualTo("[\"string\",\"null\"]");
		assertThat(patch.at("/name/type").asString()).isEqualTo("string");
	}

	@Test
	void theServerIsTheHostServingTheDocumentForInternalCallers() {
		assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
		assertThat(doc.at("/servers/0/x-internal").asBoolean()).isTrue();
	}

	@Test
	void everyOperationHasItsStableOperationId() {
		List<String> ids = new ArrayList<>();
		operations().forEach(op -> ids.add(op.path("operationId").asString(null)));

		assertThat(ids).doesNotContainNull()
			.doesNotHaveDuplicates()
			.contains("listJourneys", "getJourney", "createJourney", "updateJourney", "deleteJourney", "publishJourney",
					"stopJourney", "validateJourney", "validateJourneyDraft", "copyJourney", "listSegments",
					"listEmails", "listContentSettings");
	}

	@Test
	void theProblemSchemaListsEveryProblemTypeWithItsStatus() {
		String described = doc.at("/components/schemas/ProblemDetail/properties/type/description").asString();

		for (ProblemType type : ProblemType.values()) {
			assertThat(described).contains("`" + type.type() + "` (" + type.status().value() + ", ");
		}
	}

	@Test
	void everyOperationIsTagged() {
		operations()
			.forEach(op -> assertThat(op.path("tags").isEmpty()).as(op.path("operationId").asString()).isFalse());
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
						.as(id + " " + code)
						.isEqualTo("#/components/schemas/ProblemDetail");
				}
			}
		}
		JsonNode problem = doc.path("components").path("schemas").path("ProblemDetail").path("properties");
		assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "requestId",
				"errors");
	}

	@Test
	void everyEnumIsANamedStringEnumWithItsValues() {
		JsonNode schemas = doc.path("components").path("schemas");
		Map<String, List<String>> expected = Map.of("JourneyStatus",
				List.of("DRAFT", "LIVE", "STOPPED", "LIVE_EDITABLE", "EXPIRED", "ERROR", "GOING_LIVE", "STOPPING",
						"UNKNOWN"),
				"RequiredConsent",
				List.of("CONSENT", "TRANSACTIONAL", "SUBSCRIPTIONS", "MARKETING", "PROFILING", "UNKNOWN"), "Target",
				List.of("CONTACT", "ACCOUNT", "UNKNOWN"), "JourneyType", List.of("AUTOMATED", "LINKEDIN", "UNKNOWN"),
				"ValidationOutcome", List.of("VALID", "WARNING", "ERROR"), "IssueSeverity",
				List.of("INFO", "WARNING", "ERROR"));
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
		// Every code of design.md: status reasons, consent, type. (Target's 0 and 1
		// cannot be told from other numbers.)
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
			List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(
					schema.getValue().path("properties").properties());
			// a tile's own fields sit in the second part of its allOf (the first is the
			// Tile it extends)
			schema.getValue().path("allOf").forEach(part -> properties.addAll(part.path("properties").properties()));
			assertThat(properties).as(schema.getKey()).isNotEmpty();
			properties.forEach(property -> {
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
		JsonNode example = create.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples")
			.values()
			.iterator()
			.next()
			.path("value");

		assertThat(example.path("name").asString()).isNotBlank();
		assertThat(example.has("id")).isFalse();
		create.path("parameters").forEach(p -> assertThat(p.has("example")).as(p.path("name").asString()).isFalse());
	}

	@Test
	void theJourneyAndItsBodiesCarryTheDesignAsATree() {
		JsonNode schemas = doc.path("components").path("schemas");
		for (String body : List.of("Journey", "CreateJourneyRequest")) {
			assertThat(schemas.path(body).path("properties").path("design").path("$ref").asString()).as(body)
				.isEqualTo("#/components/schemas/JourneyDesign");
		}
		// a patch's design may be null (it clears the design)
		assertThat(schemas.at("/UpdateJourneyRequest/properties/design/anyOf/0/$ref").asString())
			.isEqualTo("#/components/schemas/JourneyDesign");
		assertThat(schemas.path("JourneyDesign").path("example").path("tiles").get(0).path("type").asString())
			.isEqualTo("SEGMENT_GROUP");
		assertThat(
				schemas.path("Journey").path("properties").path("designProblems").path("items").path("$ref").asString())
			.isEqualTo("#/components/schemas/DesignViolation");
	}

	@Test
	void theRawStringsOfAJourneyAreReadOnlyStrings() {
		JsonNode journey = doc.path("components").path("schemas").path("Journey").path("properties");
		for (String raw : List.of("workflowDefinition", "designerState")) {
			assertThat(journey.path(raw).path("readOnly").asBoolean()).as(raw).isTrue();
			assertThat(journey.path(raw).path("example").isString()).as(raw + " example is a string").isTrue();
		}
		assertThat(JsonMapper.builder()
			.build()
			.readTree(journey.path("workflowDefinition").path("example").asString())
			.isArray()).isTrue();
	}

	@Test
	void everyTileKindIsASchemaBehindTheTileDiscriminator() {
		JsonNode schemas = doc.path("components").path("schemas");
		JsonNode tile = schemas.path("Tile");

		assertThat(tile.path("discriminator").path("propertyName").asString()).isEqualTo("type");
		assertThat(tile.path("required").valueStream().map(JsonNode::asString)).containsExactly("type");
		assertThat(tile.path("properties").path("type").path("description").asString()).contains("SEGMENT_GROUP",
				"UNKNOWN");
		Map<String, String> mapping = new java.util.TreeMap<>();
		tile.path("discriminator")
			.path("mapping")
			.properties()
			.forEach(e -> mapping.put(e.getKey(), e.getValue().asString()));
		assertThat(mapping.keySet()).containsExactlyInAnyOrder("SEGMENT_GROUP", "EMAIL", "LANDING_PAGE", "EVENT",
				"SURVEY", "MARKETING_FORM", "LINKEDIN_CAMPAIGN", "CREATE_ACTIVITY", "LAUNCH_WORKFLOW", "CREATE_LEAD",
				"RECORD_UPDATE", "SCHEDULER", "TRIGGER", "SPLITTER", "SPLITTER_BRANCH", "UNKNOWN");
		mapping.forEach((kind, ref) -> {
			String name = ref.substring("#/components/schemas/".length());
			JsonNode subtype = schemas.path(name);
			assertThat(subtype.path("allOf").get(0).path("$ref").asString()).as(kind)
				.isEqualTo("#/components/schemas/Tile");
			assertThat(subtype.path("description").asString()).as(kind).isNotBlank();
			assertThat(subtype.has("example")).as(kind + " example").isTrue();
		});
	}

	@Test
	void everyListOfTilesRefersToTileWhoseDiscriminatorNamesTheKind() {
		// a oneOf of the kinds in every list (each kind holding lists again) froze
		// Swagger UI when it opened an operation
		JsonNode schemas = doc.path("components").path("schemas");
		List<JsonNode> lists = new ArrayList<>(List.of(schemas.path("JourneyDesign").path("properties").path("tiles"),
				schemas.path("SegmentGroupTile").path("allOf").get(1).path("properties").path("next"),
				schemas.path("EmailTile").path("allOf").get(1).path("properties").path("next"),
				schemas.path("TriggerTile").path("allOf").get(1).path("properties").path("yes"),
				schemas.path("TriggerTile").path("allOf").get(1).path("properties").path("no"),
				schemas.path("SplitterTile").path("allOf").get(1).path("properties").path("branches"),
				schemas.path("UnknownTile").path("allOf").get(1).path("properties").path("next")));

		for (JsonNode list : lists) {
			assertThat(list.path("type").asString()).isEqualTo("array");
			assertThat(list.path("items").propertyNames()).containsExactly("$ref");
			assertThat(list.path("items").path("$ref").asString()).isEqualTo("#/components/schemas/Tile");
		}
		assertThat(text).doesNotContain("\"oneOf\"");
	}

	@Test
	void theCreateExampleBuildsTheSeedJourneyFromADesignAlone() {
		JsonNode example = doc.path("paths")
			.path("/api/v1/journeys")
			.path("post")
			.path("requestBody")
			.path("content")
			.path("application/json")
			.path("examples")
			.values()
			.iterator()
			.next()
			.path("value");

		JsonNode group = example.path("design").path("tiles").get(0);
		assertThat(group.path("type").asString()).isEqualTo("SEGMENT_GROUP");
		assertThat(group.path("segments").get(0).path("segmentId").asString())
			.isEqualTo("24db2671-1529-e911-a9b7-000d3a1e6adc");
		assertThat(group.path("next").get(0).path("type").asString()).isEqualTo("EMAIL");
		assertThat(group.path("next").get(0).path("emailId").asString())
			.isEqualTo("15bd0ab8-c12a-e911-a9b6-000d3a1e6c14");
		assertThat(example.has("workflowDefinition")).isFalse();
		assertThat(example.has("designerState")).isFalse();
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

	/** Every string, array and integer schema without an upper bound, as a JSON path. */
	private static void findUnbounded(JsonNode node, String path, List<String> found) {
		if (node.isObject()) {
			String type = node.path("type").isArray() ? node.path("type").toString() : node.path("type").asString("");
			if (type.contains("string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
				found.add(path);
			}
			if (type.contains("array") && !node.has("maxItems")) {
				found.add(path);
			}
			if (type.contains("integer") && !node.has("maximum")) {
				found.add(path);
			}
			node.properties().forEach(entry -> findUnbounded(entry.getValue(), path + "/" + entry.getKey(), found));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				findUnbounded(node.get(i), path + "/" + i, found);
			}
		}
	}

	private static void findEnums(JsonNode node, String path, List<String> found) {
		if (node.isObject()) {
			if (node.has("enum")) {
				found.add(path);
			}
			node.properties().forEach(e -> findEnums(e.getValue(), path + "/" + e.getKey(), found));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				findEnums(node.get(i), path + "/" + i, found);
			}
		}
	}

}
