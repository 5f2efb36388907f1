package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The journey API end to end against the Dataverse emulator (profile local): the whole
 * lifecycle and friends.
 */
class JourneyLifecycleEndToEndTest extends JourneyEndToEndTest {

	/**
	 * The seed's design: segment TC407937_DynamicSegment_2KZQ1p and the email
	 * "Relationship test", both seeded.
	 */
	static final String DEFINITION = "[{\"ActivityTypeId\":\"bpf_root\",\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[{\"ItemId\":null,\"ActivityTypeId\":\"bpf_root\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,\"Name\":\"New ActivityTypeName_bpf_root_TitleText\",\"ActivityItemId\":0}]}},{\"ActivityTypeId\":\"Segment\",\"ParentActivityId\":\"01\",\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_0\",\"Properties\":{\"Items\":[{\"ItemId\":null,\"ActivityTypeId\":\"Segment\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,\"Name\":\"New Segment group\",\"ActivityItemId\":23,\"SegmentMergeMethod\":\"Union\"},{\"ItemId\":\"24db2671-1529-e911-a9b7-000d3a1e6adc\",\"ActivityTypeId\":\"SegmentItem\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,\"Name\":\"TC407937_DynamicSegment_2KZQ1p\",\"ActivityItemId\":24,\"ContainmentMethod\":\"Inclusion\",\"SegmentSourceType\":\"Segment\",\"DciSegmentName\":\"TC407937_DynamicSegment_2KZQ1p\",\"SegmentDisplayName\":\"TC407937_DynamicSegment_2KZQ1p\",\"Description\":\"\"}]},\"EntityTarget\":\"contact\"},{\"ActivityTypeId\":\"Email\",\"ParentActivityId\":\"01_0\",\"ParentBranchId\":0,\"ParentRelationshipType\":\"Default\",\"ActivityId\":\"01_0_2\",\"Properties\":{\"Items\":[{\"ItemId\":\"15bd0ab8-c12a-e911-a9b6-000d3a1e6c14\",\"ActivityTypeId\":\"Email\",\"Title\":\"Undefined\",\"IsNameSystemDefined\":true,\"Name\":\"Relationship test\",\"ActivityItemId\":32}]},\"EntityTarget\":\"contact\"}]";
	static final String DESIGNER_STATE = "{\"NextActivityID\":8,\"NextActivityItemID\":42}";
	static final String SEED_VALIDATE_SAMPLE = "6628bbf7-c52a-e911-a9b7-000d3a1e6adc";
	static final String SEED_SIMPLE_EMAIL_SAMPLE = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

	/**
	 * The body of a draft that can be published as it is: the seed's design, a start
	 * tomorrow, the seeded content settings.
	 */
	static String publishableDraft(String name) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
		return """
				{"name": "%s", "type": "AUTOMATED", "target": "CONTACT", "requiredConsent": "CONSENT",
				 "startsAt": "%s", "endsAt": "%s", "timeZone": 92,
				 "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f",
				 "workflowDefinition": %s, "designerState": %s}""".formatted(name, start, start.plusDays(28),
				JSON.writeValueAsString(DEFINITION), JSON.writeValueAsString(DESIGNER_STATE));
	}

	@Test
	void readingASeededJourneyGoesFromTheFacadeOverHttpToTheEmulator() {
		ResponseEntity<String> read = call(HttpMethod.GET, "/api/v1/journeys/" + SEED_SIMPLE_EMAIL_SAMPLE, null);

		assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);
		assertThat(read.getHeaders().getETag()).startsWith("W/\"");
		JsonNode journey = body(read);
		assertThat(journey.path("id").asString()).isEqualTo(SEED_SIMPLE_EMAIL_SAMPLE);
		assertThat(journey.path("name").asString()).isEqualTo("Simple Email Sample");
		assertThat(journey.path("requiredConsent").asString()).isEqualTo("CONSENT");
		assertThat(journey.path("contentSettingsId").asString()).isEqualTo("1922b1d8-0523-e911-a9ba-000d3a1e689f");
		assertThat(journey.path("etag").asString()).isEqualTo(read.getHeaders().getETag());
	}

	@Test
	void aJourneyGoesThroughItsWholeLifecycle() {
		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys", publishableDraft("Lifecycle"));
		assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		String location = created.getHeaders().getLocation().getPath();
		assertThat(body(created).path("status").asString()).isEqualTo("DRAFT");
		assertThat(created.getHeaders().getETag()).isNotBlank();

		JsonNode report = body(call(HttpMethod.POST, location + "/validate", null));
		assertThat(report.path("result").asString()).as(report.toString()).isEqualTo("VALID");

		ResponseEntity<String> publishing = call(HttpMethod.POST, location + "/publish", null);
		assertThat(publishing.getStatusCode().value()).as(publishing.getBody()).isEqualTo(202);
		assertThat(body(publishing).path("status").asString()).isEqualTo("GOING_LIVE");
		awaitStatus(location, "LIVE");

		assertThat(call(HttpMethod.DELETE, location, null).getStatusCode().value()).isEqualTo(409);
		assertThat(call(HttpMethod.PATCH, location, "{\"name\": \"Renamed\"}").getStatusCode().value()).isEqualTo(409);

		ResponseEntity<String> stopping = call(HttpMethod.POST, location + "/stop", null);
		assertThat(stopping.getStatusCode().value()).as(stopping.getBody()).isEqualTo(202);
		assertThat(body(stopping).path("status").asString()).isEqualTo("STOPPING");
		awaitStatus(location, "STOPPED");

		assertThat(call(HttpMethod.POST, location + "/stop", null).getStatusCode().value()).isEqualTo(409);
		assertThat(call(HttpMethod.DELETE, location, null).getStatusCode().value()).isEqualTo(204);
		assertThat(call(HttpMethod.GET, location, null).getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void anUpdateChangesOnlyWhatItSendsAndHonoursIfMatch() {
		ResponseEntity<String> created = call(HttpMethod.POST, "/api/v1/journeys",
				"{\"name\": \"To edit\", \"recurrence\": {\"intervalDays\": 7, \"count\": 2}, \"timeZone\": 92}");
		String location = created.getHeaders().getLocation().getPath();
		String etag = created.getHeaders().getETag();

		ResponseEntity<String> updated = http.method(HttpMethod.PATCH)
			.uri(location)
			.header("If-Match", etag)
			.contentType(MediaType.parseMediaType("application/merge-patch+json"))
			.body("{\"name\": \"Edited\", \"recurrence\": {\"count\": 5}}")
			.retrieve()
			.toEntity(String.class);
		assertThat(updated.getStatusCode().value()).as(updated.getBody()).isEqualTo(200);
		JsonNode journey = body(updated);
		assertThat(journey.path("name").asString()).isEqualTo("Edited");
		assertThat(journey.path("recurrence").path("intervalDays").asInt()).isEqualTo(7);
		assertThat(journey.path("recurrence").path("count").asInt()).isEqualTo(5);
		assertThat(journey.path("timeZone").asInt()).isEqualTo(92);

		ResponseEntity<String> stale = http.method(HttpMethod.PATCH)
			.uri(location)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Again\"}")
			.retrieve()
			.toEntity(String.class);
		assertThat(stale.getStatusCode().value()).as(stale.getBody()).isEqualTo(412);
		assertThat(stale.getHeaders().getContentType().toString()).startsWith("application/problem+json");
	}

	@Test
	void aRetriedCreateWithTheSameKeyMakesOneJourney() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = http.post()
			.uri("/api/v1/journeys")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Once\"}")
			.retrieve()
			.toEntity(String.class);
		ResponseEntity<String> again = http.post()
			.uri("/api/v1/journeys")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"name\": \"Once\"}")
			.retrieve()
			.toEntity(String.class);

		assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
		assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
		assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(body(again).path("id").asString()).isEqualTo(body(first).path("id").asString());
	}

	@Test
	void aCopyIsADraftWithTheSourcesDesignAndDesignerState() {
		JsonNode source = body(call(HttpMethod.GET, "/api/v1/journeys/" + SEED_SIMPLE_EMAIL_SAMPLE, null));

		ResponseEntity<String> copied = call(HttpMethod.POST, "/api/v1/journeys/" + SEED_SIMPLE_EMAIL_SAMPLE + "/copy",
				null);

		assertThat(copied.getStatusCode().value()).as(copied.getBody()).isEqualTo(201);
		JsonNode copy = body(copied);
		assertThat(copy.path("id").asString()).isNotEqualTo(SEED_SIMPLE_EMAIL_SAMPLE);
		assertThat(copy.path("name").asString()).isEqualTo("Copy of " + source.path("name").asString());
		assertThat(copy.path("status").asString()).isEqualTo("DRAFT");
		assertThat(copy.path("workflowDefinition").asString()).isEqualTo(source.path("workflowDefinition").asString())
			.isNotBlank();
		assertThat(copy.path("designerState").asString()).isEqualTo(source.path("designerState").asString())
			.isNotBlank();
		assertThat(copy.path("contentSettingsId").asString()).isEqualTo(source.path("contentSettingsId").asString());
	}

	@Test
	void validatingTheSeedsSampleReportsTheRecurrenceThatDoesNotFit() {
		JsonNode report = body(call(HttpMethod.POST, "/api/v1/journeys/" + SEED_VALIDATE_SAMPLE + "/validate", null));

		assertThat(report.path("result").asString()).isEqualTo("ERROR");
		assertThat(report.path("issues").valueStream().map(i -> i.path("fault").asString()))
			.contains("ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations");
	}

	@Test
	void validatingAnUnsavedJourneyReportsItsFaultsWithoutStoringIt() {
		// well-formed (a malformed design is a 400 before Dataverse sees it), but the
		// segment does not exist
		JsonNode report = body(call(HttpMethod.POST, "/api/v1/journeys/validate",
				"""
						{"name": "Unsaved", "design": {"tiles": [{"type": "SEGMENT_GROUP",
						  "segments": [{"segmentId": "00000000-0000-0000-0000-000000000001", "containment": "INCLUDE"}]}]}}"""));

		assertThat(report.path("result").asString()).isEqualTo("ERROR");
		assertThat(report.path("issues").valueStream().map(i -> i.path("fault").asString()))
			.contains("ErrorSegmentNotFound");
		assertThat(report.path("issues").valueStream().map(i -> i.path("message").asString()))
			.allMatch(message -> !message.isBlank());
	}

	@Test
	void theListFiltersByStatusAndName() {
		JsonNode page = body(
				call(HttpMethod.GET, "/api/v1/journeys?status=LIVE&status=LIVE_EDITABLE&orderBy=name:asc", null));

		assertThat(page.path("items").valueStream().map(j -> j.path("status").asString())).isNotEmpty()
			.allMatch(s -> s.equals("LIVE") || s.equals("LIVE_EDITABLE"));
		JsonNode byName = body(call(HttpMethod.GET, "/api/v1/journeys?q=black friday", null));
		assertThat(byName.path("items").valueStream().map(j -> j.path("name").asString()))
			.containsExactly("Black Friday promotion");
	}

	@Test
	void theListPagesThroughEveryJourneyOnce() {
		JsonNode first = body(call(HttpMethod.GET, "/api/v1/journeys?pageSize=2&orderBy=name", null));
		String token = first.path("nextPageToken").asString();
		assertThat(first.path("items").size()).isEqualTo(2);
		assertThat(token).isNotBlank();

		JsonNode second = body(http.get()
			.uri(b -> b.path("/api/v1/journeys").queryParam("pageSize", 2).queryParam("pageToken", "{t}").build(token))
			.retrieve()
			.toEntity(String.class));

		assertThat(second.path("items").size()).isEqualTo(2);
		assertThat(second.path("items").get(0).path("name").asString())
			.isGreaterThanOrEqualTo(first.path("items").get(1).path("name").asString());
		assertThat(second.path("items").get(0).path("id").asString())
			.isNotEqualTo(first.path("items").get(1).path("id").asString());
	}

	@Test
	void thePickersListTheSeededRecords() {
		assertThat(body(call(HttpMethod.GET, "/api/v1/segments?q=Seattle", null)).path("items")
			.get(0)
			.path("name")
			.asString()).isEqualTo("Contacts in Seattle");
		assertThat(body(call(HttpMethod.GET, "/api/v1/emails?q=Relationship", null)).path("items")
			.get(0)
			.path("subject")
			.asString()).isEqualTo("Let's stay in touch");
		assertThat(body(call(HttpMethod.GET, "/api/v1/content-settings", null)).path("items").size())
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theOpenApiDocumentAndSwaggerUiAreServed() {
		ResponseEntity<String> docs = call(HttpMethod.GET, "/v3/api-docs", null);
		assertThat(docs.getStatusCode().value()).isEqualTo(200);
		assertThat(body(docs).path("info").path("title").asString()).isEqualTo("Journey facade API");

		RestClient following = RestClient.builder()
			.baseUrl(baseUrl())
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()))
			.build();
		ResponseEntity<String> ui = following.get().uri("/swagger-ui.html").retrieve().toEntity(String.class);
		assertThat(ui.getStatusCode().value()).isEqualTo(200);
		assertThat(ui.getBody()).contains("swagger-ui");
	}

}
