package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.created;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.dataverseError;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.page;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.IdempotencyKeys;
import dev.testsupport.Seeds;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The exact Dataverse requests behind every journey endpoint (URL, query options, Prefer
 * / If-Match / If-None-Match headers, body fields and codes), against the shapes of the
 * seed, and how the answers map back.
 */
class JourneyDataverseRequestsTest extends DataverseStubbedApiTest {

	static final UUID ID = UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc");
	static final String SET = API + "msdyncrm_customerjourneys";
	static final String ONE = SET + "(" + ID + ")";
	static final String SUMMARY_SELECT = "msdyncrm_customerjourneyid,msdyncrm_name,statuscode,msdyncrm_type,"
			+ "msdyncrm_entitytarget,msdyncrm_startdatetime,msdyncrm_enddatetime,modifiedon";
	static final String FULL_SELECT = "msdyncrm_customerjourneyid,msdyncrm_name,statuscode,msdyncrm_type,"
			+ "msdyncrm_entitytarget,msgdpr_requiredconsent,msdyncrm_startdatetime,msdyncrm_enddatetime,"
			+ "msdyncrm_isrecurring,msdyncrm_recurrenceintervaldays,msdyncrm_recurrencecount,"
			+ "msdyncrm_customerjourneytimezone,_msdyncrm_suppressionsegmentid_value,_msdyncrm_contentsettingsid_value,"
			+ "_ownerid_value,msdyncrm_workflowdefinition,msdyncrm_customerjourneydesignerstate,createdon,modifiedon,"
			+ "_createdby_value,_modifiedby_value,_createdonbehalfby_value,_modifiedonbehalfby_value";

	// ---- list
	// -----------------------------------------------------------------------------------------------

	@Test
	void listSelectsOnlySummaryColumnsAndFiltersSortsAndPagesInDataverse() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET))
			.willReturn(ok(page(List.of(journey(ID, "50% off", DataverseJourneyRows.LIVE)), null))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("status", "LIVE", "DRAFT")
			.param("q", "50% off")
			.param("orderBy", "name:asc")
			.param("pageSize", "20"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(ID.toString()))
			.andExpect(jsonPath("$.items[0].name").value("50% off"))
			.andExpect(jsonPath("$.items[0].status").value("LIVE"))
			.andExpect(jsonPath("$.items[0].type").value("AUTOMATED"))
			.andExpect(jsonPath("$.items[0].target").value("CONTACT"))
			.andExpect(jsonPath("$.items[0].startsAt").value("2019-02-09T11:29:00Z"))
			.andExpect(jsonPath("$.items[0].modifiedAt").value("2019-02-01T10:00:00Z"))
			.andExpect(jsonPath("$.items[0].etag").value("W/\"1001\""))
			.andExpect(jsonPath("$.items[0].workflowDefinition").doesNotExist())
			.andExpect(jsonPath("$.nextPageToken").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$select", equalTo(SUMMARY_SELECT))
			.withQueryParam("$filter", equalTo(
					"((statuscode eq 192350001 or statuscode eq 192350000)) and (contains(msdyncrm_name,'50[%] off'))"))
			.withQueryParam("$orderby", equalTo("msdyncrm_name asc,msdyncrm_customerjourneyid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=20")));
	}

	@Test
	void listDefaultsToFiftyNewestFirstWithoutFilter() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$filter", absent())
			.withQueryParam("$orderby", equalTo("modifiedon desc,msdyncrm_customerjourneyid asc"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=50")));
	}

	@Test
	void listFollowsTheNextLinkThroughAnOpaquePageToken() throws Exception {
		String nextLink = DATAVERSE.baseUrl() + SET + "?$select=" + SUMMARY_SELECT + "&$skiptoken=page2cookie";
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).withQueryParam("$skiptoken", absent())
			.willReturn(ok(page(List.of(journey(ID, "First", DataverseJourneyRows.DRAFT)), nextLink))));
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).withQueryParam("$skiptoken", equalTo("page2cookie"))
			.willReturn(ok(page(List.of(journey(UUID.randomUUID(), "Second", DataverseJourneyRows.DRAFT)), null))));

		String token = readJson(mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("pageSize", "1"))
			.andExpect(status().isOk())
			.andReturn()).get("nextPageToken").asString();
		assertThat(token).isNotBlank().doesNotContain("skiptoken").doesNotContain("http");

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("pageSize", "1").param("pageToken", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].name").value("Second"))
			.andExpect(jsonPath("$.nextPageToken").value(nullValue()));
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$skiptoken", equalTo("page2cookie"))
			.withHeader("Prefer", equalTo("odata.maxpagesize=1")));
	}

	// ---- get
	// ------------------------------------------------------------------------------------------------

	@Test
	void getReadsAllColumnsAndMapsCodesLookupsAndRecurrence() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(ID, "Simple Email Sample", DataverseJourneyRows.STOPPED)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "W/\"1001\""))
			.andExpect(jsonPath("$.id").value(ID.toString()))
			.andExpect(jsonPath("$.status").value("STOPPED"))
			.andExpect(jsonPath("$.requiredConsent").value("CONSENT"))
			.andExpect(jsonPath("$.recurrence.intervalDays").value(7))
			.andExpect(jsonPath("$.recurrence.count").value(3))
			.andExpect(jsonPath("$.timeZone").value(92))
			.andExpect(jsonPath("$.contentSettingsId").value(DataverseJourneyRows.CONTENT_SETTINGS))
			.andExpect(jsonPath("$.suppressionSegmentId").value(DataverseJourneyRows.SUPPRESSION_SEGMENT))
			.andExpect(jsonPath("$.ownerId").value(DataverseJourneyRows.OWNER))
			.andExpect(jsonPath("$.workflowDefinition").value(DataverseJourneyRows.DEFINITION))
			.andExpect(jsonPath("$.designerState").value(DataverseJourneyRows.DESIGNER_STATE))
			.andExpect(jsonPath("$.createdAt").value("2019-01-30T08:00:00Z"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@Test
	void getNamesWhoCreatedAndChangedTheJourneyFromTheFormattedValuesOfTheSameRead() throws Exception {
		String admin = "d0e20c01-d6c6-480f-aab5-0fa6749565a5";
		String application = "3b5f1e7a-0c4d-4e8b-9a55-5e3f0c2d7a11";
		Map<String, Object> row = with(
				with(with(journey(ID, "Audited", DataverseJourneyRows.DRAFT), "_createdby_value", admin),
						"_createdby_value@OData.Community.Display.V1.FormattedValue", "Marketing Admin"),
				"_createdonbehalfby_value", application);
		row = with(with(row, "_createdonbehalfby_value@OData.Community.Display.V1.FormattedValue", "# journey-facade"),
				"_modifiedby_value", admin);
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(row))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.createdBy.id").value(admin))
			.andExpect(jsonPath("$.createdBy.name").value("Marketing Admin"))
			.andExpect(jsonPath("$.createdOnBehalfBy.id").value(application))
			.andExpect(jsonPath("$.createdOnBehalfBy.name").value("# journey-facade"))
			.andExpect(jsonPath("$.modifiedBy.id").value(admin))
			.andExpect(jsonPath("$.modifiedBy.name").value(nullValue()))
			.andExpect(jsonPath("$.modifiedOnBehalfBy").value(nullValue()));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT))
			.withHeader("Prefer", equalTo("odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"")));
	}

	@Test
	void theListKeepsItsSummaryColumnsWithoutAuditOrAnnotations() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(json(Map.of("value", List.of())))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys")).andExpect(status().isOk());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$select", equalTo(SUMMARY_SELECT))
			.withHeader("Prefer", equalTo("odata.maxpagesize=50")));
	}

	@Test
	void getReadsAnUnknownCodeAsUnknownInsteadOfFailing() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(with(journey(ID, "New status", 192350099), "msdyncrm_type", 192350077),
					"msdyncrm_isrecurring", false)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNKNOWN"))
			.andExpect(jsonPath("$.type").value("UNKNOWN"))
			.andExpect(jsonPath("$.recurrence").value(nullValue()));
	}

	@Test
	void getConvertsDatesToUtcAndDropsSecondsAndMilliseconds() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(with(journey(ID, "Dates", DataverseJourneyRows.DRAFT),
					"msdyncrm_startdatetime", "2019-02-09T12:29:41.123+01:00")))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(jsonPath("$.startsAt").value("2019-02-09T11:29:00Z"));
	}

	// ---- create
	// ---------------------------------------------------------------------------------------------

	@Test
	void createSendsTheSeedsCreateBodyAsACreateOnlyUpsert() throws Exception {
		UUID id = IdempotencyKeys.journeyId("create", "key-1");
		DATAVERSE.stubFor(patch(urlPathEqualTo(SET + "(" + id + ")"))
			.willReturn(created(json(journey(id, "Simple Email Sample", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "Simple Email Sample", "type": "AUTOMATED", "target": "CONTACT", "requiredConsent": "CONSENT",
				 "startsAt": "2019-02-09T12:29:00+01:00", "endsAt": "2019-03-09T11:29:00Z", "timeZone": 92,
				 "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f",
				 "ownerId": "d0e20c01-d6c6-480f-aab5-0fa6749565a5",
				 "workflowDefinition": %s, "designerState": "{\\"NextActivityID\\":8,\\"NextActivityItemID\\":42}"}
				""".formatted(quoted(seedDefinition()))).header("Idempotency-Key", "key-1"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/v1/journeys/" + id)))
			.andExpect(header().string("ETag", "W/\"1001\""))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		DATAVERSE
			.verify(patchRequestedFor(urlPathEqualTo(SET + "(" + id + ")")).withHeader("If-None-Match", equalTo("*"))
				.withHeader("Prefer", equalTo("return=representation"))
				.withHeader("If-Match", absent())
				.withRequestBody(equalToJson(Seeds.createJourneyRequest())));
	}

	@Test
	void aCreateAnsweredWithoutABodyReadsTheJourneyBack() throws Exception {
		// Prefer: return=representation is a preference: 204 with OData-EntityId is a
		// legal answer
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(aResponse().withStatus(204).withHeader("OData-EntityId", DATAVERSE.baseUrl() + ONE)));
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Bare", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"id\": \"" + ID + "\", \"name\": \"Bare\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Bare"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@Test
	void aReadAnsweredWithoutABodyIs502BadResponse() throws Exception {
		// a read has no representation to prefer: a 200 without the record is a bad
		// answer of Dataverse, never our 500
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(200)));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-bad-response"));
	}

	@Test
	void anUpdateAnsweredWithoutABodyReadsTheJourneyBack() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).inScenario("204")
			.whenScenarioStateIs(STARTED)
			.willReturn(ok(json(journey(ID, "Before", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE)).inScenario("204")
			.willSetStateTo("written")
			.willReturn(aResponse().withStatus(204)));
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).inScenario("204")
			.whenScenarioStateIs("written")
			.willReturn(ok(json(journey(ID, "After", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"After\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("After"));
	}

	@Test
	void createWithTheSameIdempotencyKeyTargetsTheSameRecord() throws Exception {
		DATAVERSE.stubFor(patch(urlMatching(SET + "\\(.*\\)"))
			.willReturn(created(json(journey(ID, "Retry me", DataverseJourneyRows.DRAFT)))));

		for (int i = 0; i < 2; i++) {
			mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Retry me\"}").header("Idempotency-Key",
					"same"));
		}
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Retry me\"}").header("Idempotency-Key",
				"other"));

		var ids = DATAVERSE.findAll(patchRequestedFor(urlMatching(SET + "\\(.*\\)")))
			.stream()
			.map(r -> r.getUrl())
			.toList();
		assertThat(ids).hasSize(3);
		assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
	}

	@Test
	void createWritesOnlyTheNameAndTheDraftStatusWhenNothingElseIsGiven() throws Exception {
		DATAVERSE.stubFor(patch(urlMatching(SET + "\\(.*\\)"))
			.willReturn(created(json(journey(ID, "Bare", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Bare\"}")).andExpect(status().isCreated());

		DATAVERSE.verify(patchRequestedFor(urlMatching(SET + "\\([0-9a-f-]{36}\\)"))
			.withHeader("If-None-Match", equalTo("*"))
			.withRequestBody(equalToJson(
					"""
							{"msdyncrm_name": "Bare", "msdyncrm_isrecurring": false, "statuscode": 192350000, "statecode": 0}""")));
	}

	@Test
	void createUsesTheClientsOwnIdAndWritesRecurrenceAndSuppressionSegment() throws Exception {
		DATAVERSE.stubFor(
				patch(urlPathEqualTo(ONE)).willReturn(created(json(journey(ID, "Mine", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"id": "%s", "name": "Mine", "recurrence": {"intervalDays": 7, "count": 3},
				 "suppressionSegmentId": "544a3e20-9b23-e911-a9b6-000d3a1e6c14", "target": "ACCOUNT",
				 "type": "LINKEDIN", "requiredConsent": "PROFILING"}""".formatted(ID))).andExpect(status().isCreated());

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withRequestBody(equalToJson("""
				{"msdyncrm_name": "Mine", "msdyncrm_type": 192350001, "msdyncrm_entitytarget": 1,
				 "msgdpr_requiredconsent": 587030005, "msdyncrm_isrecurring": true,
				 "msdyncrm_recurrenceintervaldays": 7, "msdyncrm_recurrencecount": 3,
				 "msdyncrm_SuppressionSegmentId@odata.bind": "/msdyncrm_segments(544a3e20-9b23-e911-a9b6-000d3a1e6c14)",
				 "statuscode": 192350000, "statecode": 0}""")));
	}

	@Test
	void aRepeatedCreateAnswers200WithTheExistingJourneyAndTheSameLocation() throws Exception {
		UUID id = IdempotencyKeys.journeyId("create", "key-2");
		String one = SET + "(" + id + ")";
		DATAVERSE.stubFor(patch(urlPathEqualTo(one))
			.willReturn(dataverseError(412, "0x80040237", "A record with matching key values already exists.")));
		DATAVERSE
			.stubFor(get(urlPathEqualTo(one)).willReturn(ok(json(journey(id, "Twice", DataverseJourneyRows.DRAFT)))));

		mvc.perform(
				send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Twice\"}").header("Idempotency-Key", "key-2"))
			.andExpect(status().isOk())
			.andExpect(header().string("Location", endsWith("/api/v1/journeys/" + id)))
			.andExpect(header().string("ETag", "W/\"1001\""))
			.andExpect(jsonPath("$.id").value(id.toString()));
	}

	@Test
	void aKeyReusedForAnotherJourneyIsAConflict() throws Exception {
		UUID id = IdempotencyKeys.journeyId("create", "key-3");
		String one = SET + "(" + id + ")";
		DATAVERSE.stubFor(patch(urlPathEqualTo(one)).willReturn(dataverseError(412, "0x80040237", "exists")));
		DATAVERSE.stubFor(get(urlPathEqualTo(one))
			.willReturn(ok(json(journey(id, "Something else", DataverseJourneyRows.DRAFT)))));

		mvc.perform(
				send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Twice\"}").header("Idempotency-Key", "key-3"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:idempotency-key-reused"));
	}

	// ---- update
	// ---------------------------------------------------------------------------------------------

	@Test
	void updateSendsOnlyTheChangedFieldsWithIfMatch() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Old", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(ok(json(with(journey(ID, "New", DataverseJourneyRows.DRAFT), "@odata.etag", "W/\"1002\"")))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, """
				{"name": "New", "contentSettingsId": null, "recurrence": null, "requiredConsent": "MARKETING",
				 "endsAt": "2019-04-01T10:00:59.999Z"}""").contentType("application/merge-patch+json")
			.header("If-Match", "W/\"1001\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "W/\"1002\""))
			.andExpect(jsonPath("$.name").value("New"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(FULL_SELECT)));
		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("W/\"1001\""))
			.withHeader("If-None-Match", absent())
			.withHeader("Prefer", equalTo("return=representation"))
			.withRequestBody(equalToJson("""
					{"msdyncrm_name": "New", "msdyncrm_contentsettingsId@odata.bind": null,
					 "msdyncrm_isrecurring": false, "msdyncrm_recurrenceintervaldays": null,
					 "msdyncrm_recurrencecount": null, "msgdpr_requiredconsent": 587030004,
					 "msdyncrm_enddatetime": "2019-04-01T10:00:00.000Z"}""")));
	}

	@Test
	void updateMergesARecurrencePatchIntoTheCurrentRecurrence() throws Exception {
		DATAVERSE.stubFor(
				get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Recurring", DataverseJourneyRows.STOPPED)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(ID, "Recurring", DataverseJourneyRows.STOPPED)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"recurrence\": {\"count\": 4}}"))
			.andExpect(status().isOk());

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("*"))
			.withRequestBody(equalToJson(
					"""
							{"msdyncrm_isrecurring": true, "msdyncrm_recurrenceintervaldays": 7, "msdyncrm_recurrencecount": 4}""")));
	}

	@Test
	void updateSendsTheDesignStringsTogetherAndLookupsAsBinds() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(ID, "Design", DataverseJourneyRows.LIVE_EDITABLE)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(ID, "Design", DataverseJourneyRows.LIVE_EDITABLE)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID,
				"""
						{"workflowDefinition": %s, "designerState": "{}", "ownerId": "%s",
						 "suppressionSegmentId": "%s"}""".formatted(quoted(seedDefinition()),
						DataverseJourneyRows.OWNER, DataverseJourneyRows.SUPPRESSION_SEGMENT)))
			.andExpect(status().isOk());

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withRequestBody(equalToJson("""
				{"msdyncrm_workflowdefinition": %s, "msdyncrm_customerjourneydesignerstate": "{}",
				 "ownerid@odata.bind": "/systemusers(%s)",
				 "msdyncrm_SuppressionSegmentId@odata.bind": "/msdyncrm_segments(%s)"}""".formatted(
				quoted(seedDefinition()), DataverseJourneyRows.OWNER, DataverseJourneyRows.SUPPRESSION_SEGMENT))));
	}

	@Test
	void updateOfALiveJourneyIsRefusedWithoutWriting() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Live", DataverseJourneyRows.LIVE)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"x\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-state-conflict"))
			.andExpect(jsonPath("$.journeyStatus").value("LIVE"))
			.andExpect(jsonPath("$.allowedStatuses").value(org.hamcrest.Matchers.hasItem("LIVE_EDITABLE")))
			.andExpect(jsonPath("$.detail", containsString("LIVE_EDITABLE")));

		DATAVERSE.verify(0, patchRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void aStaleEtagIsA412FromDataverse() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Old", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(patch(urlPathEqualTo(ONE)).willReturn(dataverseError(412, "0x80060882",
				"The version of the existing record doesn't match the RowVersion property provided.")));

		mvc.perform(
				send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"name\": \"New\"}").header("If-Match", "W/\"999\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(jsonPath("$.status").value(412));
	}

	// ---- delete, publish, stop
	// -----------------------------------------------------------------------------

	@Test
	void deleteChecksTheStatusThenDeletesWithIfMatch() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Gone", DataverseJourneyRows.STOPPED)))));
		DATAVERSE.stubFor(delete(urlPathEqualTo(ONE)).willReturn(aResponse().withStatus(204)));

		mvc.perform(request(HttpMethod.DELETE, "/api/v1/journeys/" + ID).header("If-Match", "W/\"1001\""))
			.andExpect(status().isNoContent());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withQueryParam("$select", equalTo(SUMMARY_SELECT)));
		DATAVERSE.verify(deleteRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("W/\"1001\"")));
	}

	@Test
	void deleteOfALiveJourneyIsRefusedWithoutDeleting() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Live", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.DELETE, "/api/v1/journeys/" + ID))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("Stop it first")));

		DATAVERSE.verify(0, deleteRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void deleteOfAMissingJourneyIs404() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(
				dataverseError(404, "0x80040217", "msdyncrm_customerjourney With Id = " + ID + " Does Not Exist")));

		mvc.perform(request(HttpMethod.DELETE, "/api/v1/journeys/" + ID))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void publishSetsGoingLiveAndAnswers202() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Go", DataverseJourneyRows.DRAFT)))));
		DATAVERSE.stubFor(
				patch(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Go", DataverseJourneyRows.GOING_LIVE)))));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("GOING_LIVE"));

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("*"))
			.withRequestBody(equalToJson("{\"statuscode\": 192350006}")));
	}

	@Test
	void publishFromStoppingIsAConflictNamingThePublishableStatuses() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Busy", DataverseJourneyRows.STOPPING)))));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("DRAFT, LIVE, STOPPED, LIVE_EDITABLE, ERROR")))
			.andExpect(jsonPath("$.requestId").exists());

		DATAVERSE.verify(0, patchRequestedFor(urlPathEqualTo(ONE)));
	}

	@Test
	void stopSetsStoppingAndAnswers202() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Stop", DataverseJourneyRows.LIVE)))));
		DATAVERSE.stubFor(
				patch(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Stop", DataverseJourneyRows.STOPPING)))));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/stop").header("If-Match", "W/\"1001\""))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("STOPPING"));

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withHeader("If-Match", equalTo("W/\"1001\""))
			.withRequestBody(equalToJson("{\"statuscode\": 192350007}")));
	}

	@Test
	void stopOfALiveEditableJourneyIsRefusedAsDataverseWould() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE))
			.willReturn(ok(json(journey(ID, "Editable", DataverseJourneyRows.LIVE_EDITABLE)))));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/stop"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.allowedStatuses[0]").value("LIVE"))
			.andExpect(jsonPath("$.allowedStatuses[1]").value("ERROR"))
			.andExpect(jsonPath("$.detail", containsString("publish it again")));

		DATAVERSE.verify(0, patchRequestedFor(urlPathEqualTo(ONE)));
	}

	// ---- validate
	// -------------------------------------------------------------------------------------------

	@Test
	void validateOfAnUnsavedJourneySendsTheSeedsFieldValueBodyAndReadsTheReport() throws Exception {
		DATAVERSE.stubFor(post(urlPathEqualTo(API + "msdyncrm_CustomerJourneyValidate"))
			.willReturn(ok(Seeds.validateJourneyResponse())));

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys/validate", """
				{"id": "6628bbf7-c52a-e911-a9b7-000d3a1e6adc", "name": "Sample Customer Journey",
				 "startsAt": "2019-02-08T11:48:00Z", "endsAt": "2019-03-08T11:48:00Z",
				 "recurrence": {"intervalDays": 30, "count": 3}, "requiredConsent": "CONSENT",
				 "contentSettingsId": "1922b1d8-0523-e911-a9ba-000d3a1e689f", "target": "CONTACT",
				 "suppressionSegmentId": "544a3e20-9b23-e911-a9b6-000d3a1e6c14", "timeZone": 92,
				 "workflowDefinition": %s, "designerState": "{}"}""".formatted(quoted(seedValidateDefinition()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("ERROR"))
			.andExpect(jsonPath("$.issues[0].tileId").value(nullValue()))
			.andExpect(
					jsonPath("$.issues[0].fault").value("ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations"))
			.andExpect(jsonPath("$.issues[0].severity").value("ERROR"))
			.andExpect(jsonPath("$.issues[0].message", containsString("Move endsAt later")))
			.andExpect(jsonPath("$.issues[0].arguments").isEmpty());

		DATAVERSE.verify(postRequestedFor(urlPathEqualTo(API + "msdyncrm_CustomerJourneyValidate"))
			.withRequestBody(equalToJson(Seeds.validateJourneyRequest())));
	}

	@Test
	void validateOfAStoredJourneyReadsItAndSendsItsValues() throws Exception {
		DATAVERSE.stubFor(
				get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Stored", DataverseJourneyRows.STOPPED)))));
		DATAVERSE.stubFor(post(urlPathEqualTo(API + "msdyncrm_CustomerJourneyValidate")).willReturn(
				ok("""
						{"ValidationResult": "{\\"ActivityValidationResults\\":[{\\"ActivityId\\":\\"01_0\\",\\"Fault\\":\\"ErrorSegmentMissing\\",\\"Result\\":\\"Warning\\",\\"ErrorMessageArguments\\":[\\"a\\",\\"b\\"]}],\\"Result\\":\\"Warning\\"}"}""")));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/validate"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("WARNING"))
			.andExpect(jsonPath("$.issues[0].tileId").value("01_0"))
			.andExpect(jsonPath("$.issues[0].severity").value("WARNING"))
			.andExpect(jsonPath("$.issues[0].arguments[1]").value("b"))
			.andExpect(jsonPath("$.issues[0].message")
				.value("Dataverse reported the fault ErrorSegmentMissing with the arguments a, b on tile 01_0."));

		DATAVERSE.verify(
				postRequestedFor(urlPathEqualTo(API + "msdyncrm_CustomerJourneyValidate")).withRequestBody(equalToJson(
						"""
								{"FieldValueCustomerJourneyId": "{6628BBF7-C52A-E911-A9B7-000D3A1E6ADC}",
								 "FieldValueStatusCode": 192350002, "FieldValueName": "Stored",
								 "FieldValueStartDateTime": "2019-02-09T11:29:00.000Z", "FieldValueEndDateTime": "2019-03-09T11:29:00.000Z",
								 "FieldValueWorkflowDefinition": %s, "FieldValueIsRecurring": true,
								 "FieldValueRecurrenceIntervalDays": 7, "FieldValueRecurrenceCount": 3,
								 "FieldValueRequiredConsent": 587030001, "FieldValueContentSettingsId": "{1922B1D8-0523-E911-A9BA-000D3A1E689F}",
								 "FieldValueEntityTarget": 0, "FieldValueSuppressionSegmentId": "{544A3E20-9B23-E911-A9B6-000D3A1E6C14}",
								 "FieldValueCustomerJourneyTimeZone": 92}"""
							.formatted(quoted(DataverseJourneyRows.DEFINITION)))));
	}

	// ---- copy
	// -----------------------------------------------------------------------------------------------

	@Test
	void copyCreatesADraftWithTheDefinitionDesignerStateAndSettings() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Original", DataverseJourneyRows.LIVE)))));
		DATAVERSE.stubFor(patch(urlMatching(SET + "\\(.*\\)"))
			.willReturn(created(json(journey(UUID.randomUUID(), "Copy of Original", DataverseJourneyRows.DRAFT)))));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/copy"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/journeys/")))
			.andExpect(jsonPath("$.name").value("Copy of Original"));

		DATAVERSE.verify(patchRequestedFor(urlMatching(SET + "\\((?!" + ID + ")[0-9a-f-]{36}\\)"))
			.withHeader("If-None-Match", equalTo("*"))
			.withRequestBody(equalToJson("""
					{"msdyncrm_name": "Copy of Original", "msdyncrm_type": 192350000, "msdyncrm_entitytarget": 0,
					 "msgdpr_requiredconsent": 587030001, "msdyncrm_startdatetime": "2019-02-09T11:29:00.000Z",
					 "msdyncrm_enddatetime": "2019-03-09T11:29:00.000Z", "msdyncrm_isrecurring": true,
					 "msdyncrm_recurrenceintervaldays": 7, "msdyncrm_recurrencecount": 3,
					 "msdyncrm_customerjourneytimezone": 92, "msdyncrm_workflowdefinition": %s,
					 "msdyncrm_customerjourneydesignerstate": %s,
					 "msdyncrm_contentsettingsId@odata.bind": "/msdyncrm_contentsettingss(%s)",
					 "msdyncrm_SuppressionSegmentId@odata.bind": "/msdyncrm_segments(%s)",
					 "ownerid@odata.bind": "/systemusers(%s)", "statuscode": 192350000, "statecode": 0}""".formatted(
					quoted(DataverseJourneyRows.DEFINITION), quoted(DataverseJourneyRows.DESIGNER_STATE),
					DataverseJourneyRows.CONTENT_SETTINGS, DataverseJourneyRows.SUPPRESSION_SEGMENT,
					DataverseJourneyRows.OWNER))));
	}

	// ---- helpers
	// --------------------------------------------------------------------------------------------

	static MockHttpServletRequestBuilder send(HttpMethod method, String uri, String body) {
		return request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	static String quoted(String s) {
		return json(s);
	}

	private static String seedDefinition() {
		return Seeds.createDefinition();
	}

	private static String seedValidateDefinition() {
		return Seeds.validateDefinition();
	}

	private static tools.jackson.databind.JsonNode readJson(MvcResult result) throws Exception {
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readTree(result.getResponse().getContentAsString());
	}

}
