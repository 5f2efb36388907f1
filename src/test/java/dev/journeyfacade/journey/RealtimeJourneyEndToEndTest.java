package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real-time journeys end to end in profile local: facade → HTTP → emulator, which runs
 * {@code msdynmkt_CreateJourneyFromTemplate} with Jayway JsonPath on its seeded
 * templates. Swagger UI's example is the body, under a name of each test's own (names are
 * unique).
 */
class RealtimeJourneyEndToEndTest extends JourneyEndToEndTest {

	static final String JOURNEYS = "/api/v1/realtime-journeys";

	/**
	 * The emulator's template without audience and with an email action without message.
	 */
	static final String NEWSLETTER_TEMPLATE = "31f06752-fe61-3192-a286-3112ef49bd9e";

	/** Swagger UI's create example under a name no other test uses. */
	private static String example(String name) {
		ObjectNode body = (ObjectNode) JSON.readTree(RealtimeJourneyController.NEW_JOURNEY_EXAMPLE);
		body.put("name", name + " " + UUID.randomUUID());
		return JSON.writeValueAsString(body);
	}

	private ResponseEntity<String> create(String path, String body, String idempotencyKey) {
		var request = http.post().uri(path).contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return request.retrieve().toEntity(String.class);
	}

	private List<String> idsNamed(String name) {
		JsonNode page = body(http.get().uri(JOURNEYS + "?q={q}", name).retrieve().toEntity(String.class));
		return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
	}

	@Test
	void swaggerUisExampleMakesAValidDraftThatIsListedAndReadWithItsChoices() {
		String body = example("Welcome series");
		String name = JSON.readTree(body).get("name").asString();

		ResponseEntity<String> created = create(JOURNEYS, body, null);

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode answer = body(created);
		String id = answer.at("/journey/id").asString();
		assertThat(answer.at("/journey/status").asString()).isEqualTo("DRAFT");
		assertThat(answer.at("/validation/result").asString()).isEqualTo("VALID");
		assertThat(created.getHeaders().getLocation()).hasToString(baseUrl() + JOURNEYS + "/" + id);
		assertThat(idsNamed(name)).containsExactly(id);
		JsonNode journey = body(call(HttpMethod.GET, JOURNEYS + "/" + id, null));
		assertThat(journey.get("templateId").asString()).isEqualTo("12345678-1234-1234-1234-123456789012");
		assertThat(journey.get("audienceSegmentId").asString()).isEqualTo("98765432-1234-5678-9012-123456789012");
		assertThat(journey.get("trigger").asString()).isEqualTo("ONE_TIME");
		assertThat(journey.get("messages")
			.valueStream()
			.map(m -> m.get("channel").asString() + " " + m.get("messageId").asString()))
			.containsExactlyInAnyOrder("EMAIL e7e3cf6c-1d89-f011-b4cc-000d3a306706",
					"SMS 6fcbe68f-ef8e-f011-b4cb-000d3a5972e9", "PUSH 7f030313-f08e-f011-b4cb-000d3a5972e9");
	}

	@Test
	void swaggerUisExamplePublishedGoesLive() {
		ResponseEntity<String> created = create(JOURNEYS + "/publish", example("Welcome series, published"), null);

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		assertThat(body(created).at("/journey/status").asString()).isEqualTo("PUBLISHING");
		awaitStatus(created.getHeaders().getLocation().toString(), "LIVE");
	}

	@Test
	void aRepeatWithTheSameKeyAnswers200WithTheJourneyTheFirstCallMade() {
		String body = example("Welcome series, retried");
		String key = UUID.randomUUID().toString();

		ResponseEntity<String> first = create(JOURNEYS, body, key);
		ResponseEntity<String> repeat = create(JOURNEYS, body, key);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(repeat.getStatusCode().value()).as(repeat.getBody()).isEqualTo(200);
		assertThat(body(repeat).at("/journey/id").asString()).isEqualTo(body(first).at("/journey/id").asString());
		assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(idsNamed(JSON.readTree(body).get("name").asString())).hasSize(1);
	}

	@Test
	void theSameNameWithoutAKeyIs409() {
		String body = example("Welcome series, twice");
		create(JOURNEYS, body, null);

		ResponseEntity<String> again = create(JOURNEYS, body, null);

		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(body(again).get("type").asString()).isEqualTo("urn:journey-facade:problem:journey-name-taken");
	}

	@Test
	void aDraftWithoutAudienceIsCreatedWithTheIssueInItsReport() {
		ResponseEntity<String> created = create(JOURNEYS,
				"{\"templateId\": \"" + NEWSLETTER_TEMPLATE + "\", \"name\": \"Newsletter " + UUID.randomUUID() + "\"}",
				null);

		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		JsonNode validation = body(created).get("validation");
		assertThat(validation.get("result").asString()).isEqualTo("ERROR");
		assertThat(validation.get("issues").valueStream().map(issue -> issue.get("fault").asString()))
			.contains("InvalidDefinition");
	}

	@Test
	void aPublishThatFailsTheChecksCreatesNothing() {
		String name = "Newsletter, published " + UUID.randomUUID();

		ResponseEntity<String> refused = create(JOURNEYS + "/publish",
				"{\"templateId\": \"" + NEWSLETTER_TEMPLATE + "\", \"name\": \"" + name + "\"}", null);

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
		assertThat(body(refused).get("type").asString()).isEqualTo("urn:journey-facade:problem:journey-not-created");
		assertThat(idsNamed(name)).isEmpty();
	}

	@Test
	void aQuoteInAnActionIdReachesTheTemplateAsThatActionsName() {
		// the welcome template has no action of this name: JSONPath reads the escaped
		// path and finds nothing there (an unreadable path would be another code)
		ResponseEntity<String> refused = create(JOURNEYS,
				"{\"templateId\": \"12345678-1234-1234-1234-123456789012\", \"name\": \"Quote " + UUID.randomUUID()
						+ "\", \"messages\": [{\"actionId\": \"it's\", \"channel\": \"EMAIL\", \"messageId\": "
						+ "\"e7e3cf6c-1d89-f011-b4cc-000d3a306706\"}]}",
				null);

		assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(422);
		assertThat(body(refused).at("/validation/issues/0/fault").asString()).isEqualTo("InvalidJsonPath");
	}

	@Test
	void aDraftIsDeletedAndThenGone() {
		String location = create(JOURNEYS, example("Welcome series, deleted"), null).getHeaders()
			.getLocation()
			.toString();

		assertThat(call(HttpMethod.DELETE, location, null).getStatusCode().value()).isEqualTo(204);
		assertThat(call(HttpMethod.GET, location, null).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void theTemplatesPickerListsTheSeededTemplates() {
		JsonNode page = body(call(HttpMethod.GET, "/api/v1/realtime-journey-templates?q=welcome", null));

		assertThat(page.get("items").valueStream().map(item -> item.get("name").asString()))
			.containsExactly("Welcome series");
	}

}
