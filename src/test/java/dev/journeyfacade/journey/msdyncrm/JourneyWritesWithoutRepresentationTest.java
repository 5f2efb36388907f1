package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.page;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.journeyfacade.DataverseStubbedApiTest;
import dev.journeyfacade.journey.IdempotencyKeys;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every write asks for the record back ({@code Prefer: return=representation}), and a
 * Prefer is a preference a server may ignore (RFC 7240; Dataverse's create answers 204
 * with {@code OData-EntityId} without it,
 * learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api).
 * Whatever empty success Dataverse answers, each write reads the journey back once by the
 * id it knows and answers as usual; other legal answers (null lookups, an empty page, a
 * code of a newer Dataverse) never become a 500.
 */
class JourneyWritesWithoutRepresentationTest extends DataverseStubbedApiTest {

	static final UUID ID = JourneyDataverseRequestsTest.ID;

	static final String SET = JourneyDataverseRequestsTest.SET;

	static final String ONE = JourneyDataverseRequestsTest.ONE;

	static final String FULL_SELECT = JourneyDataverseRequestsTest.FULL_SELECT;

	/** The empty successes Dataverse may answer a write with. */
	static Stream<Arguments> emptyAnswers() {
		return Stream.of(
				Arguments.of("204 with OData-EntityId",
						aResponse().withStatus(204).withHeader("OData-EntityId", DATAVERSE.baseUrl() + ONE)),
				Arguments.of("204 without OData-EntityId", aResponse().withStatus(204)),
				Arguments.of("201 without a body", aResponse().withStatus(201)),
				Arguments.of("200 without a body", aResponse().withStatus(200)));
	}

	/**
	 * The journey's GET answers {@code before} until the PATCH, then {@code after}; the
	 * PATCH answers {@code written}.
	 */
	private void journeyChangedBy(String path, String before, ResponseDefinitionBuilder written, String after) {
		if (before != null) {
			DATAVERSE.stubFor(
					get(urlPathEqualTo(path)).inScenario("write").whenScenarioStateIs(STARTED).willReturn(ok(before)));
		}
		DATAVERSE
			.stubFor(patch(urlPathEqualTo(path)).inScenario("write").willSetStateTo("written").willReturn(written));
		DATAVERSE.stubFor(
				get(urlPathEqualTo(path)).inScenario("write").whenScenarioStateIs("written").willReturn(ok(after)));
	}

	private static String row(UUID id, String name, int status) {
		return json(journey(id, name, status));
	}

	private static void readBackOnce(String path, int fullReadsBefore) {
		DATAVERSE.verify(fullReadsBefore + 1,
				getRequestedFor(urlPathEqualTo(path)).withQueryParam("$select", equalTo(FULL_SELECT)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyAnswers")
	void aCreateReadsTheJourneyBack(String answer, ResponseDefinitionBuilder written) throws Exception {
		journeyChangedBy(ONE, null, written, row(ID, "Bare", DataverseJourneyRows.DRAFT));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"" + ID + "\", \"name\": \"Bare\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "W/\"1001\""))
			.andExpect(jsonPath("$.name").value("Bare"))
			.andExpect(jsonPath("$.status").value("DRAFT"));

		DATAVERSE.verify(patchRequestedFor(urlPathEqualTo(ONE)).withHeader("Prefer", equalTo("return=representation")));
		readBackOnce(ONE, 0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyAnswers")
	void anUpdateReadsTheJourneyBack(String answer, ResponseDefinitionBuilder written) throws Exception {
		journeyChangedBy(ONE, row(ID, "Before", DataverseJourneyRows.DRAFT), written,
				row(ID, "After", DataverseJourneyRows.DRAFT));

		mvc.perform(request(HttpMethod.PATCH, "/api/v1/journeys/" + ID).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"After\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("After"));

		readBackOnce(ONE, 1);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyAnswers")
	void aPublishReadsTheJourneyBack(String answer, ResponseDefinitionBuilder written) throws Exception {
		journeyChangedBy(ONE, row(ID, "Go", DataverseJourneyRows.DRAFT), written,
				row(ID, "Go", DataverseJourneyRows.GOING_LIVE));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("GOING_LIVE"));

		readBackOnce(ONE, 0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyAnswers")
	void aStopReadsTheJourneyBack(String answer, ResponseDefinitionBuilder written) throws Exception {
		journeyChangedBy(ONE, row(ID, "Stop", DataverseJourneyRows.LIVE), written,
				row(ID, "Stop", DataverseJourneyRows.STOPPING));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/stop"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("STOPPING"));

		readBackOnce(ONE, 0);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("emptyAnswers")
	void aCopyReadsTheCopyBack(String answer, ResponseDefinitionBuilder written) throws Exception {
		UUID copyId = IdempotencyKeys.journeyId("copy:" + ID, "copy-1");
		String copy = SET + "(" + copyId + ")";
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(row(ID, "Original", DataverseJourneyRows.LIVE))));
		journeyChangedBy(copy, null, written, row(copyId, "Copy of Original", DataverseJourneyRows.DRAFT));

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys/" + ID + "/copy").header("Idempotency-Key", "copy-1"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/journeys/" + copyId)))
			.andExpect(jsonPath("$.name").value("Copy of Original"));

		readBackOnce(copy, 0);
	}

	@Test
	void aReadBackThatComesWithoutTheJourneyIsABadDataverseAnswerNotA500() throws Exception {
		journeyChangedBy(ONE, null, aResponse().withStatus(204), "");

		mvc.perform(request(HttpMethod.POST, "/api/v1/journeys").contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\": \"" + ID + "\", \"name\": \"Bare\"}"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:dataverse-bad-response"));
	}

	@Test
	void nullLookupsAndMissingColumnsReadAsAbsent() throws Exception {
		var row = with(with(with(journey(ID, "Sparse", DataverseJourneyRows.DRAFT), "_ownerid_value", null),
				"_msdyncrm_contentsettingsid_value", null), "msdyncrm_workflowdefinition", null);
		row.remove("msdyncrm_startdatetime");
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(row))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ownerId").doesNotExist())
			.andExpect(jsonPath("$.contentSettingsId").doesNotExist())
			.andExpect(jsonPath("$.startsAt").doesNotExist())
			.andExpect(jsonPath("$.design").doesNotExist());
	}

	@Test
	void unknownCodesOnAPageReadAsUnknown() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(
				ok(page(List.of(with(with(journey(ID, "Newer", DataverseJourneyRows.DRAFT), "statuscode", 192350099),
						"msdyncrm_type", 7)), null))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("UNKNOWN"))
			.andExpect(jsonPath("$.items[0].type").value("UNKNOWN"));
	}

	@Test
	void anEmptyPageOrOneWithoutRowsIsAnEmptyList() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok("{\"value\": []}")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());

		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok("{}")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty());
	}

}
