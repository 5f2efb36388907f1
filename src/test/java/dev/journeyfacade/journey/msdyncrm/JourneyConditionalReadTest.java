package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.journey;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.json;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.page;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.with;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * {@code GET /api/v1/journeys/{id}} with {@code If-None-Match}: the caller's version goes
 * on to Dataverse, whose 304 becomes ours, without a body; Dataverse's 200 with the same
 * version is a 304 too. Journey reads may be kept by the caller and revalidated
 * ({@code Cache-Control: private, no-cache}).
 */
class JourneyConditionalReadTest extends DataverseStubbedApiTest {

	static final UUID ID = JourneyDataverseRequestsTest.ID;

	static final String ONE = JourneyDataverseRequestsTest.ONE;

	static final String SET = JourneyDataverseRequestsTest.SET;

	private static final String CURRENT = "W/\"1001\"";

	@Test
	void passesTheCallersEtagOnAndAnswersDataverses304WithoutABody() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).withHeader("If-None-Match", equalTo(CURRENT))
			.willReturn(aResponse().withStatus(304).withHeader("ETag", CURRENT)));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", CURRENT))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", CURRENT))
			.andExpect(header().string("Cache-Control", allOf(containsString("private"), containsString("no-cache"))))
			.andExpect(content().string(""));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withHeader("If-None-Match", equalTo(CURRENT))
			.withHeader("Prefer", absent())
			.withQueryParam("$select", equalTo(JourneyDataverseRequestsTest.FULL_SELECT)));
	}

	@Test
	void answers304WhenDataverseSendsTheSameVersionAgain() throws Exception {
		// a table without optimistic concurrency answers 200 to a conditional read
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Same", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", CURRENT))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", CURRENT))
			.andExpect(content().string(""));
	}

	@Test
	void aChangedJourneyIsSentWithItsNewVersion() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(
				ok(json(with(journey(ID, "Changed", DataverseJourneyRows.LIVE), "@odata.etag", "W/\"1002\"")))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", CURRENT))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "W/\"1002\""))
			.andExpect(jsonPath("$.name").value("Changed"));
	}

	@Test
	void aStrongFormOfTheVersionMatchesToo() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).withHeader("If-None-Match", equalTo(CURRENT))
			.willReturn(aResponse().withStatus(304)));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", "\"1001\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void severalVersionsAreComparedHereAfterAnOrdinaryRead() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Same", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", "W/\"999\", " + CURRENT))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", CURRENT));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withHeader("If-None-Match", absent()));
	}

	@Test
	void aWildcardMatchesAnExistingJourney() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Any", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", "*"))
			.andExpect(status().isNotModified());

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withHeader("If-None-Match", absent()));
	}

	@Test
	void aValueThatIsNoEntityTagIsNotPassedOn() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Any", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", "W/\"a b\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Any"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withHeader("If-None-Match", absent()));
	}

	@Test
	void aMissingJourneyIs404EvenWhenConditional() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(ONE)).willReturn(
				DataverseJourneyRows.dataverseError(404, "0x80040217", "msdyncrm_customerjourney Does Not Exist")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID).header("If-None-Match", CURRENT))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJourneyReadMayBeKeptByTheCallerAndRevalidated() throws Exception {
		DATAVERSE
			.stubFor(get(urlPathEqualTo(ONE)).willReturn(ok(json(journey(ID, "Kept", DataverseJourneyRows.LIVE)))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys/" + ID))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", allOf(containsString("private"), containsString("no-cache"))))
			.andExpect(header().doesNotExist("Pragma"));

		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(ONE)).withHeader("If-None-Match", absent()));
	}

	@Test
	void pagesStayUncached() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));

		mvc.perform(request(HttpMethod.GET, "/api/v1/journeys"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

}
