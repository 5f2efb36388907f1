package dev.journeyfacade.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.dataverseError;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows;
import dev.journeyfacade.journey.msdyncrm.design.DesignTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Invalid input of the journey API: every bad field listed in one 400 problem, and the
 * other problem answers.
 */
class JourneyRequestProblemsTest extends DataverseStubbedApiTest {

	static final UUID ID = UUID.fromString("6628bbf7-c52a-e911-a9b7-000d3a1e6adc");
	static final String ONE = API + "msdyncrm_customerjourneys(" + ID + ")";
	static final String PROBLEM = "urn:journey-facade:problem:";

	@Test
	void createListsEveryBadFieldAtOnceAndCallsNoDataverse() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "", "type": "UNKNOWN", "timeZone": 5000, "recurrence": {"intervalDays": -1},
				 "startsAt": "2019-03-01T00:00:00Z", "endsAt": "2019-02-01T00:00:00Z", "workflowDefinition": "[]"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEM + "validation-failed"))
			.andExpect(jsonPath("$.requestId").exists())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "type", "timeZone",
					"recurrence.intervalDays", "recurrence.count", "endsAt", "designerState", "workflowDefinition")))
			.andExpect(jsonPath("$.errors[?(@.field == 'type')].reason")
				.value(hasItem(containsString("UNKNOWN is read-only"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'endsAt')].reason").value(hasItem("must be after startsAt")));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void createRefusesANameLongerThanDataversesLimit() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"" + "n".repeat(101) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	@Test
	void anUnknownEnumValueIsA400NamingTheField() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"x\", \"target\": \"ROBOT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "malformed-body"))
			.andExpect(jsonPath("$.detail", containsString("target")));
	}

	@Test
	void aDateWithoutOffsetIsA400() throws Exception {
		mvc.perform(
				send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"x\", \"startsAt\": \"2019-02-09T11:29:00\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("startsAt")));
	}

	@Test
	void malformedJsonIsA400() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", "{\"name\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "malformed-body"));
	}

	@Test
	void aMalformedIdIsA400BeforeAnyDataverseCall() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/1-2-3-4-5"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "invalid-id"));
		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/not-a-guid/publish"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "invalid-id"));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void anUnknownIdIsA404Problem() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(dataverseError(404, "0x80040217", "Does Not Exist")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("X-Request-Id", "req-42"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("X-Request-Id", "req-42"))
			.andExpect(jsonPath("$.requestId").value("req-42"));
	}

	@Test
	void aMissingJourneyIsNamedInThe404() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(dataverseError(404, "0x80040217", "Does Not Exist")));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:not-found"))
			.andExpect(jsonPath("$.detail").value("Journey " + ID + " does not exist."));
	}

	@Test
	void anUnknownEntitySetIsNoMissingJourneyButOutboundMarketingUnavailable() throws Exception {
		// an environment without outbound marketing has no msdyncrm_customerjourneys at
		// all (the probe this runs is answered by WireMock's bare 404 here, which changes
		// nothing: OutboundMarketingGoneApiTest follows the state)
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(
				dataverseError(404, "0x8006088a", "Resource not found for the segment 'msdyncrm_customerjourneys'.")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:outbound-marketing-unavailable"));
	}

	@Test
	void updateListsEveryBadFieldOfTheMergePatch() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID,
				"""
						{"status": "LIVE", "colour": "red", "name": null, "timeZone": "x", "type": "ROBOT",
						 "startsAt": "yesterday", "ownerId": "nobody", "recurrence": {"count": -1}, "requiredConsent": "UNKNOWN"}""")
			.contentType("application/merge-patch+json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "validation-failed"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("status", "colour", "name", "timeZone",
					"type", "startsAt", "ownerId", "recurrence.count", "requiredConsent")))
			.andExpect(jsonPath("$.errors[?(@.field == 'status')].reason").value(hasItem(containsString("/publish"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'type')].reason")
				.value(hasItem("must be one of AUTOMATED, LINKEDIN")));

		DATAVERSE.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void updateRefusesOneDesignStringWithoutTheOther() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"workflowDefinition\": \"[]\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("designerState"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("travel together")));
	}

	@Test
	void updateChecksANewStartAgainstTheStoredEnd() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"startsAt\": \"2019-04-01T00:00:00Z\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("must be before endsAt")));
	}

	@Test
	void updateWithABodyThatIsNotAnObjectIsA400() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "[1, 2]"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].reason", containsString("JSON object")));
	}

	@Test
	void anEmptyMergePatchChangesNothing() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Draft"));

		DATAVERSE.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void updateInAnotherMediaTypeIsA415() throws Exception {
		mvc.perform(
				request(HttpMethod.PATCH, "/api/v1/journeys/" + ID).contentType(MediaType.TEXT_PLAIN).content("name=x"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aBodyOverTheLimitIsA413() throws Exception {
		String huge = "{\"name\": \"x\", \"workflowDefinition\": \"" + "a".repeat(70_000)
				+ "\", \"designerState\": \"{}\"}";

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", huge))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.type").value(PROBLEM + "payload-too-large"));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void listListsEveryBadParameter() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("pageSize", "0")
			.param("orderBy", "colour")
			.param("status", "UNKNOWN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("pageSize", "orderBy", "status")));
	}

	@Test
	void listRefusesAPageSizeOver200() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("pageSize", "201"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pageSize"));
	}

	@Test
	void listRefusesAnUnknownStatusName() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("status", "ROBOT"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
	}

	@Test
	void aForgedPageTokenIsA400BeforeAnyDataverseCall() throws Exception {
		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys").param("pageToken", "aHR0cHM6Ly9ldmlsLmV4YW1wbGUv"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "invalid-page-token"));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void validatingAnUnsavedJourneyValidatesItsBodyFirst() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys/validate", "{\"recurrence\": {\"count\": 1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "recurrence.intervalDays")));
	}

	// ---- design
	// ---------------------------------------------------------------------------------------------

	@Test
	void createWithAnInvalidDesignNamesEachTileAndCallsNoDataverse() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "Bad design", "design": {"tiles": [
				  {"type": "SEGMENT_GROUP", "segments": [{"segmentId": "not-a-guid", "containment": "INCLUDE"}]},
				  {"type": "EMAIL", "emailId": "15bd0ab8-c12a-e911-a9b6-000d3a1e6c14"}]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(PROBLEM + "validation-failed"))
			.andExpect(jsonPath("$.errors[*].field")
				.value(containsInAnyOrder("design.tiles[0].segments[0]", "design.tiles[1]")))
			.andExpect(jsonPath("$.errors[?(@.field == 'design.tiles[0].segments[0]')].reason")
				.value(hasItem("the segment id \"not-a-guid\" is not a GUID")))
			.andExpect(jsonPath("$.errors[?(@.field == 'design.tiles[1]')].reason")
				.value(hasItem("a journey starts with a segment group, not a tile of type EMAIL")));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void createWithADesignAndTheRawPairIsRefusedNamingTheFields() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys",
				"""
						{"name": "Both", "design": %s, "workflowDefinition": %s, "designerState": "{}"}"""
					.formatted(DesignTestSupport.SEED_DESIGN, json(JourneyLifecycleEndToEndTest.DEFINITION))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design"))
			.andExpect(jsonPath("$.errors[0].reason").value("cannot be sent together with workflowDefinition and "
					+ "designerState: send either design or the raw pair workflowDefinition and designerState, not both"))
			.andExpect(jsonPath("$.errors.length()").value(1));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void createWithARawDefinitionThatIsNoTreeIsRefusedNamingTheActivity() throws Exception {
		String orphan = "[{\"ActivityTypeId\":\"bpf_root\",\"ActivityId\":\"01\",\"Properties\":{\"Items\":[]}},"
				+ "{\"ActivityTypeId\":\"Email\",\"ParentActivityId\":\"01_0_1\",\"ActivityId\":\"01_0_2\"}]";

		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "Raw", "workflowDefinition": %s, "designerState": "{}"}""".formatted(json(orphan))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workflowDefinition"))
			.andExpect(jsonPath("$.errors[0].reason").value("01_0_2: parent activity 01_0_1 does not exist"));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void aReasonQuotingBracesOrDollarsIsShownAsSent() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys", """
				{"name": "Braces", "design": {"tiles": [{"type": "SEGMENT_GROUP",
				  "segments": [{"segmentId": "${1+1}{name}", "containment": "INCLUDE"}]}]}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].reason").value("the segment id \"${1+1}{name}\" is not a GUID"));
	}

	@Test
	void aTileOfAnUnknownTypeIsAMalformedBodyNamingWhere() throws Exception {
		mvc.perform(send(HttpMethod.POST, "/api/v1/journeys",
				"{\"name\": \"x\", \"design\": {\"tiles\": [{\"type\": \"ROBOT\"}]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "malformed-body"))
			.andExpect(jsonPath("$.detail", containsString("design.tiles[0]")));
	}

	@Test
	void validatingAnUnsavedJourneyChecksItsDesignFirst() throws Exception {
		mvc.perform(
				send(HttpMethod.POST, "/api/v1/journeys/validate", "{\"name\": \"x\", \"design\": {\"tiles\": []}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design.tiles"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("no tiles")));

		DATAVERSE.verify(0, anyRequestedFor(urlMatching("/api/.*")));
	}

	@Test
	void updateWithAnInvalidDesignIsRefusedWithoutWriting() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, """
				{"design": {"tiles": [{"type": "SEGMENT_GROUP", "next": [
				  {"type": "TRIGGER", "yes": [{"type": "EMAIL"}], "no": []}]}]}}""")
			.contentType("application/merge-patch+json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value(PROBLEM + "validation-failed"))
			.andExpect(jsonPath("$.errors[0].field").value("design.tiles[0].next[0]"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("no branch")));

		DATAVERSE.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void updateWithADesignAndARawStringIsRefusedNamingTheFields() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID,
				"{\"design\": " + DesignTestSupport.SEED_DESIGN + ", \"designerState\": null}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("design")))
			.andExpect(jsonPath("$.errors[?(@.field == 'design')].reason")
				.value(hasItem(containsString("cannot be sent together with designerState"))));

		DATAVERSE.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void updateWithAMalformedRawDefinitionIsRefusedWithoutWriting() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID,
				"{\"workflowDefinition\": \"{\\\"not\\\": \\\"an array\\\"}\", \"designerState\": \"{}\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("workflowDefinition"))
			.andExpect(
					jsonPath("$.errors[0].reason").value("the workflow definition must be a JSON array of activities"));

		DATAVERSE.verify(0, patchRequestedFor(anyUrl()));
	}

	@Test
	void updateWithADesignThatDoesNotFitTheSchemaNamesWhere() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID,
				"{\"design\": {\"tiles\": [{\"type\": \"SEGMENT_GROUP\"}, {\"type\": \"ROBOT\"}]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("design.tiles[1]"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("JourneyDesign schema")));
	}

	@Test
	void designProblemsAreReadOnly() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Draft", DataverseJourneyRows.DRAFT)))));

		mvc.perform(send(HttpMethod.PATCH, "/api/v1/journeys/" + ID, "{\"designProblems\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("designProblems"))
			.andExpect(jsonPath("$.errors[0].reason", containsString("read-only")));
	}

	private static MockHttpServletRequestBuilder send(HttpMethod method, String uri, String body) {
		return request(method, uri).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
