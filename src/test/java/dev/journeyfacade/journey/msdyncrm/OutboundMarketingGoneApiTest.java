package dev.journeyfacade.journey.msdyncrm;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.dataverseError;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.ok;
import static dev.journeyfacade.journey.msdyncrm.DataverseJourneyRows.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Where Dataverse answers 404 for the outbound journey set, every outbound endpoint says
 * in a 503 problem that outbound marketing is gone, without calling Dataverse; readiness
 * and the real-time endpoints are unaffected; the next probe that finds the set serves
 * them again.
 */
class OutboundMarketingGoneApiTest extends DataverseStubbedApiTest {

	static final String SET = API + "msdyncrm_customerjourneys";

	static final String ID = "6628bbf7-c52a-e911-a9b7-000d3a1e6adc";

	@Autowired
	OutboundAvailability availability;

	@Autowired
	MeterRegistry meters;

	/** Every outbound endpoint, with a body where it takes one. */
	static Stream<Arguments> outboundEndpoints() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/journeys"),
				Arguments.of(HttpMethod.GET, "/api/v1/journeys/" + ID),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys"),
				Arguments.of(HttpMethod.PATCH, "/api/v1/journeys/" + ID),
				Arguments.of(HttpMethod.DELETE, "/api/v1/journeys/" + ID),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/publish"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/stop"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/validate"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/validate"),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys/" + ID + "/copy"),
				Arguments.of(HttpMethod.GET, "/api/v1/segments"), Arguments.of(HttpMethod.GET, "/api/v1/emails"),
				Arguments.of(HttpMethod.GET, "/api/v1/content-settings"));
	}

	private void outboundGone() {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(
				dataverseError(404, "0x8006088a", "Resource not found for the segment 'msdyncrm_customerjourneys'.")));
		availability.probe();
	}

	/** The context is shared: leave outbound marketing as the other tests expect it. */
	@AfterEach
	void outboundBack() {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));
		availability.probe();
	}

	@Test
	void theProbeReadsOneIdWithoutPaging() {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));

		availability.probe();

		DATAVERSE.verify(
				getRequestedFor(urlPathEqualTo(SET)).withQueryParam("$select", equalTo("msdyncrm_customerjourneyid"))
					.withQueryParam("$top", equalTo("1"))
					.withHeader("Prefer", absent()));
		assertThat(availability.state()).isEqualTo(OutboundAvailability.State.AVAILABLE);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("outboundEndpoints")
	void everyOutboundEndpointAnswers503InWordsWithoutCallingDataverse(HttpMethod method, String path)
			throws Exception {
		outboundGone();
		DATAVERSE.resetRequests();

		var request = request(method, path).header("X-Request-Id", "gone-1");
		if (method != HttpMethod.GET && method != HttpMethod.DELETE) {
			request = request.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Spring newsletter\"}");
		}
		mvc.perform(request)
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:outbound-marketing-unavailable"))
			.andExpect(jsonPath("$.title").value("Outbound marketing unavailable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("This Dataverse environment has no outbound marketing: Microsoft removed it")))
			.andExpect(jsonPath("$.requestId").value("gone-1"));

		DATAVERSE.verify(exactly(0), anyRequestedFor(urlPathMatching("/api/data/.*")));
	}

	/**
	 * Outbound marketing removed after the last probe found it (no probe runs by itself
	 * here).
	 */
	private void outboundRemovedSinceTheLastProbe() {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));
		availability.probe();
		DATAVERSE.stubFor(any(urlPathMatching(SET + ".*")).willReturn(
				dataverseError(404, "0x8006088a", "Resource not found for the segment 'msdyncrm_customerjourneys'.")));
	}

	static Stream<Arguments> callsMeetingTheUnknownSet() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/v1/journeys", null),
				Arguments.of(HttpMethod.GET, "/api/v1/journeys/" + ID, null),
				Arguments.of(HttpMethod.POST, "/api/v1/journeys", "{\"name\": \"Spring newsletter\"}"));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("callsMeetingTheUnknownSet")
	void aCallThatMeetsTheUnknownJourneySetBetweenProbesAnswers503AndOutboundIsMarkedGone(HttpMethod method,
			String path, String body) throws Exception {
		outboundRemovedSinceTheLastProbe();

		var request = request(method, path).header("X-Request-Id", "gone-2");
		if (body != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		mvc.perform(request)
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:outbound-marketing-unavailable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("This Dataverse environment has no outbound marketing: Microsoft removed it")))
			.andExpect(jsonPath("$.requestId").value("gone-2"));

		assertThat(availability.state()).isEqualTo(OutboundAvailability.State.UNAVAILABLE);
	}

	@Test
	void anUnknownTableOtherThanTheJourneysAnswers503ForThatCallAndLeavesOutboundServed() throws Exception {
		DATAVERSE.stubFor(get(urlPathEqualTo(SET)).willReturn(ok(page(List.of(), null))));
		availability.probe();
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_segments"))
			.willReturn(dataverseError(404, "0x8006088a", "Resource not found for the segment 'msdyncrm_segments'.")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/segments"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:outbound-marketing-unavailable"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers
				.startsWith("This Dataverse environment lacks a part of outbound marketing that this call needs")));

		assertThat(availability.state()).isEqualTo(OutboundAvailability.State.AVAILABLE);
	}

	@Test
	void theRealTimeEndpointsStillAnswer() throws Exception {
		outboundGone();
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdynmkt_journeys")).willReturn(ok("{\"value\":[]}")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/realtime-journeys")).andExpect(status().isOk());
	}

	@Test
	void readinessStaysUp() throws Exception {
		outboundGone();

		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> mvc.perform(request(HttpMethod.GET, "/actuator/health/readiness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP")));
	}

	@Test
	void theGaugeSaysWhetherOutboundMarketingIsThere() {
		outboundGone();
		assertThat(meters.get("journey.outbound.available").gauge().value()).isZero();

		outboundBack();
		assertThat(meters.get("journey.outbound.available").gauge().value()).isEqualTo(1.0);
	}

	@Test
	void aProbeThatFindsTheSetAgainServesTheEndpoints() throws Exception {
		outboundGone();
		outboundBack();
		DATAVERSE.stubFor(get(urlPathEqualTo(API + "msdyncrm_segments")).willReturn(ok("{\"value\":[]}")));

		mvc.perform(request(HttpMethod.GET, "/api/v1/segments")).andExpect(status().isOk());
		DATAVERSE.verify(getRequestedFor(urlPathEqualTo(API + "msdyncrm_segments")));
	}

}
