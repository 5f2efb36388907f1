package dev.journeyfacade.journey.msdynmkt;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.answer;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.dataverseError;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.journey;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.json;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.ok;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.page;
import static dev.journeyfacade.journey.msdynmkt.RealtimeJourneyRows.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import dev.journeyfacade.DataverseStubbedApiTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact Dataverse requests behind every real-time endpoint (URL, query options,
 * headers, the action's body with its JSONPath dictionary) and how the answers map back:
 * codes to enums, the action's errors to the validation report, a repeated create to the
 * journey it made (ADR 12).
 */
class RealtimeJourneyDataverseRequestsTest extends DataverseStubbedApiTest {

	static final UUID ID = UUID.fromString("0b9c6c2e-2f4d-4e5a-9b8c-7d6e5f4a3b2c");

	static final String SET = API + "msdynmkt_journeys";

	static final String ONE = SET + "(" + ID + ")";

	static final String ACTION = API + "msdynmkt_CreateJourneyFromTemplate";

	static final String WHO_AM_I = API + "WhoAmI()";

	static final String SUMMARY_SELECT = "msdynmkt_journeyid,msdynmkt_name,statuscode,msdynmkt_triggertype,"
			+ "msdynmkt_journeystarttime,msdynmkt_journeyendtime,modifiedon";

	static final String FULL_SELECT = "msdynmkt_journeyid,msdynmkt_name,statuscode,msdynmkt_triggertype,"
			+ "msdynmkt_journeystarttime,msdynmkt_journeyendtime,_msdynmkt_templateid_value,_ownerid_value,"
			+ "_owningbusinessunit_value,_createdby_value,_modifiedby_value,_createdonbehalfby_value,"
			+ "_modifiedonbehalfby_value,msdynmkt_journeyjson,createdon,modifiedon";

	/** A create with every choice; its start has an offset and milliseconds. */
	static final String CREATE = """
			{"templateId": "12345678-1234-1234-1234-123456789012", "name": "Welcome series",
			 "startsAt": "2030-02-01T10:00:00.750+01:00", "endsAt": "2030-03-01T09:00:00Z",
			 "businessUnitId": "11111111-2222-3333-4444-555555555555",
			 "audienceSegmentId": "98765432-1234-5678-9012-123456789012",
			 "exclusionSegmentIds": [], "suppressionSegmentIds": ["98765432-1234-5678-9012-123456789012"],
			 "messages": [
			   {"actionId": "6b461239-d698-449d-9196-0e365753798e", "channel": "EMAIL", "messageId": "e7e3cf6c-1d89-f011-b4cc-000d3a306706"},
			   {"actionId": "b03bff11-1b09-4566-967b-4cc77270c0f6", "channel": "SMS", "messageId": "6fcbe68f-ef8e-f011-b4cb-000d3a5972e9"}]}""";

	/** The JSONPath dictionary of {@link #CREATE}, in the body's order. */
	static final String MODIFICATIONS = "{\"$.trigger.audience\":\"98765432-1234-5678-9012-123456789012\","
			+ "\"$.trigger.exclusionSegments\":[],"
			+ "\"$.exitCriteria.suppressionSegments\":[\"98765432-1234-5678-9012-123456789012\"],"
			+ "\"$.actions['6b461239-d698-449d-9196-0e365753798e'].parameters.contentId\":\"e7e3cf6c-1d89-f011-b4cc-000d3a306706\","
			+ "\"$.actions['b03bff11-1b09-4566-967b-4cc77270c0f6'].parameters.smsId\":\"6fcbe68f-ef8e-f011-b4cb-000d3a5972e9\"}";

	static final String MINIMAL = "{\"templateId\": \"12345678-1234-1234-1234-123456789012\", \"name\": \"Welcome series\"}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ResultActions call(HttpMethod method, String path, String body, String... headers) throws Exception {
		var request = request(method, path);
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return mvc.perform(request);
	}

	private void actionAnswers(String answer) {
		DATAVERSE.stubFor(post(urlPathEqualTo(ACTION)).willReturn(ok(answer)));
	}

	private void journeyReads(Map<String, Object> row) {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(SET + "(" + row.get("msdynmkt_journeyid") + ")")).willReturn(ok(json(row))));
	}

	/** Dataverse refuses the name, and has these journeys of that name. */
	private void nameTakenBy(List<Map<String, Object>> named, UUID actingUser) {
		nameTakenBy(named, actingUser, null);
	}

	/**
	 * Dataverse refuses the name with an answer that names {@code answeredId} (null:
	 * none), and has these journeys of that name.
	 */
	private void nameTakenBy(List<Map<String, Object>> named, UUID actingUser, UUID answeredId) {
		actionAnswers(answer(answeredId, false, "DuplicateJourneyName", "Journey name is already in use."));
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(named, null))));
		DATAVERSE.stubFor(get(urlPathEqualTo(WHO_AM_I)).willReturn(ok(RealtimeJourneyRows.whoAmI(actingUser))));
	}

	private static JsonNode sentBody() {
		List<LoggedRequest> requests = DATAVERSE.findAll(postRequestedFor(urlPathEqualTo(ACTION)));
		assertThat(requests).hasSize(1);
		return JSON.readTree(requests.get(0).getBodyAsString());
	}

	// ---- list and read
	// --------------------------------------------------------------------------------------

	@Test
	void listSelectsOnlySummaryColumnsAndFiltersSortsAndPagesInDataverse() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(journey(ID, "50% off", 5)), null))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/realtime-journeys").param("status", "LIVE", "DRAINING")
			.param("q", "50% off")
			.param("orderBy", "startsAt:desc")
			.param("pageSize", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(ID.toString()))
			.andExpect(jsonPath("$.items[0].name").value("50% off"))
			.andExpect(jsonPath("$.items[0].status").value("DRAINING"))
			.andExpect(jsonPath("$.items[0].trigger").value("ONE_TIME"))
			.andExpect(jsonPath("$.items[0].startsAt").value("2030-02-01T09:00:00Z"))
			.andExpect(jsonPath("$.items[0].modifiedAt").value("2030-01-15T08:00:00Z"))
			.andExpect(jsonPath("$.items[0].etag").value("W/\"2001\""))
			.andExpect(jsonPath("$.items[0].audienceSegmentId").doesNotExist())
			.andExpect(jsonPath("$.nextPageToken").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$select", equalTo(SUMMARY_SELECT))
			.withQueryParam("$filter",
					equalTo("((statuscode eq 2 or statuscode eq 5)) and (contains(msdynmkt_name,'50[%] off'))"))
			.withQueryParam("$orderby", equalTo("msdynmkt_journeystarttime desc,msdynmkt_journeyid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=20")));
	}

	@Test
	void listFollowsTheNextLinkThroughAnOpaquePageToken() throws Exception {
		String nextLink = DATAVERSE.baseUrl() + SET + "?$select=" + SUMMARY_SELECT + "&$skiptoken=page2cookie";
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).withQueryParam("$skiptoken", absent())
			.willReturn(ok(page(List.of(journey(ID, "First", 1)), nextLink))));
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).withQueryParam("$skiptoken", equalTo("page2cookie"))
			.willReturn(ok(page(List.of(journey(UUID.randomUUID(), "Second", 1)), null))));

		String token = JSON
			.readTree(call(HttpMethod.GET, "/api/v1/realtime-journeys?pageSize=1", null).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("nextPageToken")
			.asString();

		call(HttpMethod.GET, "/api/v1/realtime-journeys?pageSize=1&pageToken=" + token, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Second"));
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$skiptoken", equalTo("page2cookie"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=1")));
	}

	@Test
	void aPageTokenOfTheOutboundListIsRefusedHere() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_customerjourneys"))
			.willReturn(ok(page(List.of(), DATAVERSE.baseUrl() + API + "msdyncrm_customerjourneys?$skiptoken=x"))));
		String outboundToken = JSON
			.readTree(call(HttpMethod.GET, "/api/v1/journeys?pageSize=1", null).andReturn()
				.getResponse()
				.getContentAsString())
			.get("nextPageToken")
			.asString();

		call(HttpMethod.GET, "/api/v1/realtime-journeys?pageToken=" + outboundToken, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:invalid-page-token"));
	}

	@Test
	void getReadsAllColumnsAndTheDocumentedPathsOfTheDefinition() throws Exception {
		journeyReads(with(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE), "msdynmkt_journeyjson",
				RealtimeJourneyRows.definition(RealtimeJourneyRows.quoted(RealtimeJourneyRows.SEGMENT),
						RealtimeJourneyRows.quoted(RealtimeJourneyRows.EMAIL), "null")));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isOk())
			.andExpect(header().string("ETag", "W/\"2001\""))
			.andExpect(jsonPath("$.status").value("LIVE"))
			.andExpect(jsonPath("$.trigger").value("ONE_TIME"))
			.andExpect(jsonPath("$.endsAt").value("2030-03-01T09:00:00Z"))
			.andExpect(jsonPath("$.templateId").value(RealtimeJourneyRows.TEMPLATE.toString()))
			.andExpect(jsonPath("$.ownerId").value(RealtimeJourneyRows.OWNER.toString()))
			.andExpect(jsonPath("$.businessUnitId").value(RealtimeJourneyRows.BUSINESS_UNIT.toString()))
			.andExpect(jsonPath("$.audienceSegmentId").value(RealtimeJourneyRows.SEGMENT.toString()))
			.andExpect(jsonPath("$.exclusionSegmentIds").isEmpty())
			.andExpect(jsonPath("$.suppressionSegmentIds[0]").value(RealtimeJourneyRows.SEGMENT.toString()))
			.andExpect(jsonPath("$.messages.length()").value(2))
			.andExpect(jsonPath("$.messages[0].actionId").value(RealtimeJourneyRows.EMAIL_ACTION))
			.andExpect(jsonPath("$.messages[0].channel").value("EMAIL"))
			.andExpect(jsonPath("$.messages[0].messageId").value(RealtimeJourneyRows.EMAIL.toString()))
			.andExpect(jsonPath("$.messages[1].channel").value("SMS"))
			.andExpect(jsonPath("$.messages[1].messageId").value(nullValue()))
			.andExpect(jsonPath("$.definition").doesNotExist());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@Test
	void getNamesWhoCreatedAndChangedTheJourneyFromTheFormattedValuesOfTheSameRead() throws Exception {
		String user = "867ff914-b499-384c-bc21-eead00c0eb31";
		String application = "3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11";
		Map<String, Object> row = with(
				with(with(journey(ID, "Audited", RealtimeJourneyRows.DRAFT), "_modifiedby_value", user),
						"_modifiedby_value@OData.Community.Display.V1.FormattedValue", "Adele Vance"),
				"_modifiedonbehalfby_value", application);
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(row))));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.modifiedBy.id").value(user))
			.andExpect(jsonPath("$.modifiedBy.name").value("Adele Vance"))
			.andExpect(jsonPath("$.modifiedOnBehalfBy.id").value(application))
			.andExpect(jsonPath("$.modifiedOnBehalfBy.name").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT))
			.withHeader("Prefer", equalTo("odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"")));
	}

	@Test
	void aDefinitionInAnotherShapeThanDocumentedReadsAsNothingChosen() throws Exception {
		journeyReads(with(journey(ID, "Odd", RealtimeJourneyRows.DRAFT), "msdynmkt_journeyjson",
				"{\"trigger\":{\"audience\":{\"id\":1}},\"actions\":[1,2]}"));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.audienceSegmentId").value(nullValue()))
			.andExpect(jsonPath("$.messages").value(nullValue()));
	}

	@Test
	void aDefinitionThatIsNoJsonAndAnUnknownStatusStillRead() throws Exception {
		journeyReads(with(with(journey(ID, "Broken", RealtimeJourneyRows.DRAFT), "msdynmkt_journeyjson", "{\"trig"),
				"statuscode", 42));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.audienceSegmentId").value(nullValue()));
	}

	@Test
	void aJourneyDataverseDoesNotHaveIs404() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(dataverseError(404, "0x80040217", "msdynmkt_journey With Id = " + ID + " Does Not Exist")));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:not-found"))
			.andExpect(jsonPath("$.detail").value("Journey " + ID + " does not exist."));
	}

	@Test
	void aReadWithTheVersionTheCallerHoldsAsksDataverseConditionallyAndIs304WithoutABody() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).withHeader("If-None-Match", equalTo("W/\"2001\""))
			.willReturn(aResponse().withStatus(304)));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null, "If-None-Match", "W/\"2001\"")
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", "W/\"2001\""))
			.andExpect(header().string("Cache-Control", "no-cache, private"))
			.andExpect(content().string(""));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT))
			.withHeader("If-None-Match", equalTo("W/\"2001\""))
			.withHeader("Prefer", absent()));
	}

	@Test
	void aReadOfAVersionDataverseSendsAgainIs304() throws Exception {
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null, "If-None-Match", "W/\"999\", W/\"2001\"")
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", "W/\"2001\""));
	}

	@Test
	void aReadMayBeKeptByTheCallerAndRevalidated() throws Exception {
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE));

		call(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache, private"))
			.andExpect(header().string("ETag", "W/\"2001\""));
	}

	static Stream<Arguments> callsInAnEnvironmentWithoutRealtimeJourneys() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/realtime-journeys", null),
				Arguments.of(HttpMethod.GET, "/api/v1/realtime-journeys/" + ID, null),
				Arguments.of(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL),
				Arguments.of(HttpMethod.DELETE, "/api/v1/realtime-journeys/" + ID, null),
				Arguments.of(HttpMethod.GET, "/api/v1/realtime-journey-templates", null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("callsInAnEnvironmentWithoutRealtimeJourneys")
	void whereDataverseDoesNotKnowTheRealtimeTablesOrActionEveryCallAnswers503InWords(HttpMethod method, String path,
			String body) throws Exception {
		DATAVERSE.stubFor(any(urlPathMatching(API + "msdynmkt_.*"))
			.willReturn(dataverseError(404, "0x8006088a", "Resource not found for the segment 'msdynmkt_journeys'.")));

		call(method, path, body, "X-Request-Id", "no-realtime-1").andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:realtime-journeys-unavailable"))
			.andExpect(jsonPath("$.title").value("Real-time journeys unavailable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("This Dataverse environment has no real-time journeys of Customer Insights – Journeys")))
			.andExpect(jsonPath("$.requestId").value("no-realtime-1"));
	}

	// ---- create
	// -------------------------------------------------------------------------------------------

	@Test
	void aCreateSendsTheActionWithTheChoicesAsAJsonPathDictionary() throws Exception {
		actionAnswers(answer(ID, true));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE).andExpect(status().isCreated());

		DATAVERSE.verify(postRequestedFor(urlPathEqualTo(ACTION))
			.withRequestBody(equalToJson(json(Map.of("msdynmkt_journeytemplateid",
					"12345678-1234-1234-1234-123456789012", "msdynmkt_journeyname", "Welcome series",
					"msdynmkt_jsonpathmodifications", MODIFICATIONS, "msdynmkt_journeystarttime",
					"2030-02-01T09:00:00Z", "msdynmkt_journeyendtime", "2030-03-01T09:00:00Z", "msdynmkt_createmode",
					"Draft", "msdynmkt_owningbusinessunitid", "11111111-2222-3333-4444-555555555555")))));
	}

	@Test
	void aCreateAnswers201WithTheJourneyItsLocationAndAValidReport() throws Exception {
		actionAnswers(answer(ID, true));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE).andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/realtime-journeys/" + ID)))
			.andExpect(header().string("ETag", "W/\"2001\""))
			.andExpect(jsonPath("$.journey.id").value(ID.toString()))
			.andExpect(jsonPath("$.journey.status").value("DRAFT"))
			.andExpect(jsonPath("$.validation.result").value("VALID"))
			.andExpect(jsonPath("$.validation.issues").isEmpty());
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@Test
	void aCreateWithoutChoicesSendsNoDictionary() throws Exception {
		actionAnswers(answer(ID, true));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isCreated());

		DATAVERSE.verify(postRequestedFor(urlPathEqualTo(ACTION))
			.withRequestBody(equalToJson("{\"msdynmkt_journeytemplateid\": \"12345678-1234-1234-1234-123456789012\","
					+ "\"msdynmkt_journeyname\": \"Welcome series\", \"msdynmkt_createmode\": \"Draft\"}")));
	}

	@Test
	void aQuoteAndABackslashInAnActionIdAreEscapedAsJsonPathReadsThem() throws Exception {
		actionAnswers(answer(ID, true));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));
		String actionId = "it's a \\ test";

		call(HttpMethod.POST, "/api/v1/realtime-journeys",
				"{\"templateId\": \"" + RealtimeJourneyRows.TEMPLATE
						+ "\", \"name\": \"Welcome series\", \"messages\": " + "[{\"actionId\": " + json(actionId)
						+ ", \"channel\": \"PUSH\", \"messageId\": \"" + RealtimeJourneyRows.EMAIL + "\"}]}")
			.andExpect(status().isCreated());

		JsonNode dictionary = JSON.readTree(sentBody().get("msdynmkt_jsonpathmodifications").asString());
		String path = dictionary.propertyNames().iterator().next();
		assertThat(path).isEqualTo("$.actions['it\\'s a \\\\ test'].parameters.pushNotificationId");
		// a JSONPath implementation reads the escaped name as the action id
		String template = "{\"actions\":{" + json(actionId) + ":{\"parameters\":{\"pushNotificationId\":null}}}}";
		assertThat(JsonPath.parse(template).set(path, "x").jsonString()).contains("\"pushNotificationId\":\"x\"");
	}

	@Test
	void aCreateThatPublishesSaysPublish() throws Exception {
		actionAnswers(answer(ID, true));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.PUBLISHING));

		call(HttpMethod.POST, "/api/v1/realtime-journeys/publish", MINIMAL).andExpect(status().isCreated())
			.andExpect(jsonPath("$.journey.status").value("PUBLISHING"));

		assertThat(sentBody().get("msdynmkt_createmode").asString()).isEqualTo("Publish");
	}

	@Test
	void aDraftCreatedWithIssuesIs201WithEveryIssueInTheReport() throws Exception {
		actionAnswers(answer(ID, false, "NonExistingSegment",
				"Segment with ID: 12345678-1234-1234-1234-123456789012 does not exist.", "InvalidStartTime",
				"Journey start time cannot be in the past."));
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isCreated())
			.andExpect(jsonPath("$.validation.result").value("ERROR"))
			.andExpect(jsonPath("$.validation.issues[0].fault").value("NonExistingSegment"))
			.andExpect(jsonPath("$.validation.issues[0].severity").value("ERROR"))
			.andExpect(jsonPath("$.validation.issues[0].message")
				.value("A segment of the journey (its audience, an exclusion or a suppression segment) does not exist: "
						+ "check the segment ids."))
			.andExpect(jsonPath("$.validation.issues[0].arguments[0]")
				.value("Segment with ID: 12345678-1234-1234-1234-123456789012 does not exist."))
			.andExpect(jsonPath("$.validation.issues[1].fault").value("InvalidStartTime"))
			.andExpect(jsonPath("$.validation.issues[1].message").value("startsAt must be in the future."))
			.andExpect(jsonPath("$.validation.issues[1].tileId").value(nullValue()));
	}

	@Test
	void aCreateDataverseCannotMakeIs422WithTheReportAndAGenericMessageForAnUndocumentedCode() throws Exception {
		actionAnswers(answer(null, false, "InvalidJourneyTemplateId", "No journey template with ID exists.",
				"SomethingNew", "Something new went wrong."));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-not-created"))
			.andExpect(jsonPath("$.detail").value("Nothing was created: Dataverse cannot make a journey from this "
					+ "request (2 issues in `validation`)."))
			.andExpect(jsonPath("$.validation.result").value("ERROR"))
			.andExpect(jsonPath("$.validation.issues[0].message")
				.value("templateId names no journey template: choose one from GET /api/v1/realtime-journey-templates."))
			.andExpect(jsonPath("$.validation.issues[1].fault").value("SomethingNew"))
			.andExpect(jsonPath("$.validation.issues[1].message")
				.value("Dataverse refused the journey with the error SomethingNew; its message is in `arguments`."))
			.andExpect(jsonPath("$.requestId").isNotEmpty());
	}

	@Test
	void aPublishThatFailsTheChecksIs422SayingNothingWasCreated() throws Exception {
		actionAnswers(answer(null, false, "NotReadyToSendMessageState",
				"Message with ID: e7e3cf6c-1d89-f011-b4cc-000d3a306706 is not in 'Ready to send' state."));

		call(HttpMethod.POST, "/api/v1/realtime-journeys/publish", MINIMAL).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Nothing was created: a journey created to be published must pass "
					+ "every check, and this one does not (1 issue in `validation`)."))
			.andExpect(jsonPath("$.validation.issues[0].fault").value("NotReadyToSendMessageState"));
	}

	@Test
	void aPublishAnsweredWithAnIdBesideFailedChecksIs422AndTheIdIsNotRead() throws Exception {
		actionAnswers(answer(ID, false, "NotReadyToSendMessageState",
				"Message with ID: e7e3cf6c-1d89-f011-b4cc-000d3a306706 is not in 'Ready to send' state."));

		call(HttpMethod.POST, "/api/v1/realtime-journeys/publish", MINIMAL).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-not-created"))
			.andExpect(jsonPath("$.validation.issues[0].fault").value("NotReadyToSendMessageState"));

		DATAVERSE.verify(exactly(0), getRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void aDraftWhoseErrorKeepsAJourneyFromBeingMadeIs422WhateverIdTheAnswerNames() throws Exception {
		actionAnswers(answer(ID, false, "InvalidJourneyTemplateId", "No journey template with ID exists."));
		journeyReads(journey(ID, "Someone else's journey", RealtimeJourneyRows.LIVE));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-not-created"));

		DATAVERSE.verify(exactly(0), getRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void aDraftAnsweredWithAnIdBesideIssuesThatNamesNoJourneyIs422NotA404() throws Exception {
		// Microsoft's "Error response example": an id beside msdynmkt_isvalid false
		actionAnswers(answer(ID, false, "NonExistingSegment",
				"Segment with ID: 12345678-1234-1234-1234-123456789012 does not exist.", "InvalidStartTime",
				"Journey start time cannot be in the past."));
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(dataverseError(404, "0x80040217", "msdynmkt_journey With Id = " + ID + " Does Not Exist")));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-not-created"))
			.andExpect(jsonPath("$.validation.issues[0].fault").value("NonExistingSegment"))
			.andExpect(jsonPath("$.validation.issues[1].fault").value("InvalidStartTime"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@Test
	void aValidAnswerNamingAJourneyDataverseDoesNotHaveIs502() throws Exception {
		actionAnswers(answer(ID, true));
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(dataverseError(404, "0x80040217", "msdynmkt_journey With Id = " + ID + " Does Not Exist")));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-bad-response"));
	}

	@Test
	void anAnswerWithoutAJourneyErrorsOrValidityIs502NotASelfContradicting422() throws Exception {
		actionAnswers(json(Map.of("msdynmkt_errors", "[]")));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-bad-response"))
			.andExpect(jsonPath("$.detail").value(
					"Dataverse answered the create without naming a journey it created and without saying why not."));
	}

	@Test
	void errorsThatAreNoJsonArrayAre502() throws Exception {
		actionAnswers(json(Map.of("msdynmkt_isvalid", false, "msdynmkt_errors", "not json")));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", MINIMAL).andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-bad-response"));
	}

	@Test
	void aBadBodyIs400ListingEveryFieldBeforeDataverseIsCalled() throws Exception {
		call(HttpMethod.POST, "/api/v1/realtime-journeys",
				"""
						{"name": "%s", "startsAt": "2030-02-01T09:00:00Z", "endsAt": "2030-01-01T09:00:00Z",
						 "exclusionSegmentIds": [null],
						 "messages": [{"actionId": "a", "channel": "EMAIL", "messageId": "e7e3cf6c-1d89-f011-b4cc-000d3a306706"},
						              {"actionId": "a", "channel": "EMAIL", "messageId": "6fcbe68f-ef8e-f011-b4cb-000d3a5972e9"},
						              {"channel": "SMS"}]}"""
					.formatted("x".repeat(151)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:validation-failed"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(org.hamcrest.Matchers.containsInAnyOrder("templateId", "name", "endsAt",
						"exclusionSegmentIds[0]", "messages[1]", "messages[2].actionId", "messages[2].messageId")));

		DATAVERSE.verify(exactly(0), postRequestedFor(urlPathEqualTo(ACTION)));
	}

	// ---- a taken name, and a repeated create (ADR 12)
	// ---------------------------------------------------------

	@Test
	void aTakenNameWithoutAnIdempotencyKeyIs409AndNothingIsLookedUp() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT)),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-name-taken"))
			.andExpect(jsonPath("$.detail")
				.value("A real-time journey named 'Welcome series' exists already: choose another name. Nothing was "
						+ "created."))
			.andExpect(jsonPath("$.validation.issues[0].fault").value("DuplicateJourneyName"));

		DATAVERSE.verify(exactly(0), getRequestedFor(urlPathEqualTo(SET)));
	}

	@Test
	void aTakenNameAnsweredWithTheIdOfTheJourneyHoldingItIs409AndNotThatJourney() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE)), RealtimeJourneyRows.OWNER, ID);
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE));

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-name-taken"))
			.andExpect(jsonPath("$.journey").doesNotExist());

		DATAVERSE.verify(exactly(0), getRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void aRepeatAnsweredWithTheIdOfTheJourneyHoldingTheNameIsRecognisedByItsKey() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT)),
				RealtimeJourneyRows.APPLICATION_USER, ID);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.journey.id").value(ID.toString()))
			.andExpect(jsonPath("$.validation").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$filter",
				equalTo("msdynmkt_name eq 'Welcome series'")));
	}

	@Test
	void aRepeatWithTheSameKeyAnswers200WithTheJourneyTheFirstCallMade() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT)),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isOk())
			.andExpect(header().string("Location", endsWith("/api/v1/realtime-journeys/" + ID)))
			.andExpect(header().string("ETag", "W/\"2001\""))
			.andExpect(jsonPath("$.journey.id").value(ID.toString()))
			.andExpect(jsonPath("$.validation").value(nullValue()));

		DATAVERSE.verify(exactly(1), postRequestedFor(urlPathEqualTo(ACTION)));
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$select", equalTo(FULL_SELECT))
			.withQueryParam("$filter", equalTo("msdynmkt_name eq 'Welcome series'"))
			.withQueryParam("$top", equalTo("5"))
			.withHeader("Prefer", absent()));
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(WHO_AM_I)));
	}

	@Test
	void aRepeatThatPublishesFindsTheJourneyAlreadyPublishing() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE)),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys/publish", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.journey.status").value("LIVE"));
	}

	@Test
	void aRepeatThatPublishesIsNotAnsweredWithADraft() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT)),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys/publish", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-name-taken"))
			.andExpect(jsonPath("$.detail").value("A real-time journey named 'Welcome series' exists already, and it "
					+ "is not the one an earlier call with this Idempotency-Key made: choose another name. Nothing was "
					+ "created."));
	}

	@Test
	void aJourneyOfThatNameMadeByAnotherUserIs409() throws Exception {
		nameTakenBy(List.of(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT)), RealtimeJourneyRows.OWNER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aJourneyOfThatNameInAnotherCaseIs409() throws Exception {
		nameTakenBy(List.of(journey(ID, "WELCOME SERIES", RealtimeJourneyRows.DRAFT)),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aJourneyOfThatNameFromAnotherTemplateIs409() throws Exception {
		nameTakenBy(List.of(with(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT), "_msdynmkt_templateid_value",
				UUID.randomUUID().toString())), RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aJourneyOfThatNameWithOtherTimesIs409() throws Exception {
		nameTakenBy(List.of(with(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT), "msdynmkt_journeystarttime",
				"2030-02-02T09:00:00Z")), RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aJourneyOfThatNameWhoseDefinitionHoldsOtherChoicesIs409() throws Exception {
		nameTakenBy(
				List.of(with(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT), "msdynmkt_journeyjson",
						RealtimeJourneyRows.definition(RealtimeJourneyRows.quoted(RealtimeJourneyRows.SEGMENT),
								RealtimeJourneyRows.quoted(UUID.randomUUID()),
								RealtimeJourneyRows.quoted(RealtimeJourneyRows.SMS)))),
				RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aJourneyOfThatNameMadeBeforeTheIdempotencyWindowIs409() throws Exception {
		nameTakenBy(List.of(with(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT), "createdon",
				Instant.now().minus(25, ChronoUnit.HOURS).toString())), RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());
	}

	@Test
	void aTakenNameWithNoJourneyOfItInSightIs409() throws Exception {
		nameTakenBy(List.of(), RealtimeJourneyRows.APPLICATION_USER);

		call(HttpMethod.POST, "/api/v1/realtime-journeys", CREATE, "Idempotency-Key", "key-1")
			.andExpect(status().isConflict());

		DATAVERSE.verify(exactly(0), getRequestedFor(urlPathEqualTo(WHO_AM_I)));
	}

	// ---- delete
	// -------------------------------------------------------------------------------------------

	@Test
	void aDraftIsDeletedWithTheVersionTheCallerRead() throws Exception {
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.DRAFT));
		DATAVERSE.stubFor(
				delete(urlPathEqualTo(ONE)).willReturn(com.github.tomakehurst.wiremock.client.WireMock.noContent()));

		call(HttpMethod.DELETE, "/api/v1/realtime-journeys/" + ID, null, "If-Match", "W/\"2001\"")
			.andExpect(status().isNoContent());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(SUMMARY_SELECT)));
		DATAVERSE.verify(deleteRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("W/\"2001\"")));
	}

	@Test
	void aJourneyThatIsNoDraftIsNotDeleted() throws Exception {
		journeyReads(journey(ID, "Welcome series", RealtimeJourneyRows.LIVE));

		call(HttpMethod.DELETE, "/api/v1/realtime-journeys/" + ID, null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-state-conflict"))
			.andExpect(jsonPath("$.journeyStatus").value("LIVE"))
			.andExpect(jsonPath("$.allowedStatuses[0]").value("DRAFT"));

		DATAVERSE.verify(exactly(0), deleteRequestedFor(urlPathEqualTo(ONE)));
	}

	// ---- templates
	// ----------------------------------------------------------------------------------------

	@Test
	void theTemplatesPickerReadsTemplatesThatAreNotDeletedByName() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdynmkt_journeytemplates")).willReturn(ok(json(Map.of("value",
				List.of(Map.of("msdynmkt_journeytemplateid", RealtimeJourneyRows.TEMPLATE.toString(), "msdynmkt_name",
						"Welcome series", "msdynmkt_description", "Welcomes new subscribers.",
						"msdynmkt_journeytemplatejson", "{}")))))));

		call(HttpMethod.GET, "/api/v1/realtime-journey-templates?q=wel_come&pageSize=10", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(RealtimeJourneyRows.TEMPLATE.toString()))
			.andExpect(jsonPath("$.items[0].name").value("Welcome series"))
			.andExpect(jsonPath("$.items[0].description").value("Welcomes new subscribers."))
			.andExpect(jsonPath("$.items[0].definition").doesNotExist());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(API + "msdynmkt_journeytemplates"))
			.withQueryParam("$select", equalTo("msdynmkt_journeytemplateid,msdynmkt_name,msdynmkt_description"))
			.withQueryParam("$filter",
					equalTo("((statecode eq 0 or statecode eq 1)) and (contains(msdynmkt_name,'wel[_]come'))"))
			.withQueryParam("$orderby", equalTo("msdynmkt_name asc,msdynmkt_journeytemplateid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=10")));
	}

}
