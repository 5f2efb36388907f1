package dev.journeyfacade.journey;

import static dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport.withoutAssignedIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.journey.msdyncrm.design.JourneyDesign;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A journey built from the API alone, as a design tree and without a raw string, against
 * the Dataverse emulator (profile local): created, read back, copied, changed, checked
 * and published.
 */
class JourneyDesignEndToEndTest extends JourneyEndToEndTest {

	/**
	 * The seed's journey (segment TC407937_DynamicSegment_2KZQ1p, then the email
	 * "Relationship test", both seeded in the emulator), spelled out the way the facade
	 * reads it back, minus the ids it assigns.
	 */
	static final String DESIGN = """
			{"tiles": [{"type": "SEGMENT_GROUP", "name": "New Segment group", "nameSystemDefined": true, "mergeMethod": "UNION",
			  "segments": [{"segmentId": "24db2671-1529-e911-a9b7-000d3a1e6adc", "containment": "INCLUDE",
			                "name": "TC407937_DynamicSegment_2KZQ1p", "nameSystemDefined": true, "sourceType": "Segment",
			                "dciSegmentName": "TC407937_DynamicSegment_2KZQ1p",
			                "displayName": "TC407937_DynamicSegment_2KZQ1p", "description": ""}],
			  "next": [{"type": "EMAIL", "name": "Relationship test", "nameSystemDefined": true,
			            "emailId": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14"}]}]}""";

	@Test
	void aDesignSentAsATreeReadsBackAsSentWithTheIdsTheFacadeAssigned() {
		String location = create("Read back");

		JsonNode journey = body(call(HttpMethod.GET, location, null));

		assertThat(withoutIds(journey.path("design"))).isEqualTo(withoutIds(JSON.readTree(DESIGN)));
		assertThat(journey.path("designProblems").isEmpty()).isTrue();
		assertThat(storedActivityIds(journey.path("design"))).containsExactly("01_0", "01_0_1");
		assertThat(journey.path("design").path("root").path("ActivityId").asString()).isEqualTo("01");
		assertThat(journey.path("designerState").asString())
			.isEqualTo("{\"NextActivityID\":2,\"NextActivityItemID\":4}");
		assertThat(JSON.readTree(journey.path("workflowDefinition").asString()).size()).isEqualTo(3);
	}

	@Test
	void aCopyHasTheSourcesDesignAndDesignerState() {
		JsonNode source = body(call(HttpMethod.GET, create("To copy"), null));

		ResponseEntity<String> copied = call(HttpMethod.POST,
				"/api/v1/journeys/" + source.path("id").asString() + "/copy", null);

		assertThat(copied.getStatusCode().value()).as(copied.getBody()).isEqualTo(201);
		JsonNode copy = body(copied);
		assertThat(copy.path("id").asString()).isNotEqualTo(source.path("id").asString());
		assertThat(copy.path("design")).isEqualTo(source.path("design"));
		assertThat(copy.path("designerState").asString()).isEqualTo(source.path("designerState").asString());
	}

	@Test
	void anUpdatedDesignKeepsTheIdsOfItsTilesAndMovesTheCountersOn() {
		String location = create("To extend");
		ResponseEntity<String> read = call(HttpMethod.GET, location, null);
		ObjectNode design = (ObjectNode) body(read).path("design");
		((ObjectNode) design.path("tiles").get(0).path("next").get(0)).set("next",
				JSON.readTree("[{\"type\": \"SCHEDULER\"}]"));

		ResponseEntity<String> updated = http.method(HttpMethod.PATCH)
			.uri(location)
			.header("If-Match", read.getHeaders().getETag())
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.body("{\"design\": " + design + "}")
			.retrieve()
			.toEntity(String.class);

		assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);
		JsonNode journey = body(updated);
		assertThat(storedActivityIds(journey.path("design"))).containsExactly("01_0", "01_0_1", "01_0_1_2");
		assertThat(journey.path("designerState").asString())
			.isEqualTo("{\"NextActivityID\":3,\"NextActivityItemID\":5}");
	}

	@Test
	void aJourneyBuiltFromTheApiAloneIsValidAndGoesLive() {
		String location = create("Built from the API");

		JsonNode report = body(call(HttpMethod.POST, location + "/validate", null));
		assertThat(report.path("result").asString()).as(report.toString()).isEqualTo("VALID");

		ResponseEntity<String> publishing = call(HttpMethod.POST, location + "/publish", null);
		assertThat(publishing.getStatusCode().value()).as(publishing.getBody()).isEqualTo(202);
		awaitStatus(location, "LIVE");
	}

	@Test
	void theDocumentedCreateExampleMakesAJourneyThatGoesLive() {
		JsonNode example = body(call(HttpMethod.GET, "/v3/api-docs", null)).path("paths")
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

		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys", example.toString());

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String location = created.getHeaders().getLocation().getPath();
		assertThat(call(HttpMethod.POST, location + "/publish", null).getStatusCode().value()).isEqualTo(202);
		awaitStatus(location, "LIVE");
	}

	/**
	 * Creates a draft with {@link #DESIGN} and nothing but a name and content settings
	 * besides; its path.
	 */
	private String create(String name) {
		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "%s", "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f", "design": %s}"""
			.formatted(name, DESIGN));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(body(created).has("workflowDefinition")).isTrue();
		return created.getHeaders().getLocation().getPath();
	}

	private static JsonNode withoutIds(JsonNode design) {
		return withoutAssignedIds(JSON.treeToValue(design, JourneyDesign.class));
	}

	/** The stored ActivityIds of the tiles, depth first. */
	private static List<String> storedActivityIds(JsonNode design) {
		List<String> ids = new ArrayList<>();
		design.path("tiles").forEach(tile -> collect(tile, ids));
		return ids;
	}

	private static void collect(JsonNode tile, List<String> ids) {
		ids.add(tile.path("stored").path("activityId").asString());
		tile.path("next").forEach(next -> collect(next, ids));
	}

}
