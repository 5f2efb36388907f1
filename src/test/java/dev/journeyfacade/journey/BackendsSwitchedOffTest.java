package dev.journeyfacade.journey;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.journeyfacade.DataverseStubbedApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment that serves neither backend: each one's endpoints answer a 501 problem
 * naming the setting, before a body is read or Dataverse is called, instead of Spring's
 * bare 404.
 */
@TestPropertySource(properties = { "journey.outbound.enabled=false", "journey.realtime.enabled=false" })
class BackendsSwitchedOffTest extends DataverseStubbedApiTest {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "GET, /api/v1/journeys, outbound journeys, journey.outbound.enabled",
			"POST, /api/v1/journeys/6628bbf7-c52a-e911-a9b7-000d3a1e6adc/publish, outbound journeys, journey.outbound.enabled",
			"GET, /api/v1/segments, outbound journeys, journey.outbound.enabled",
			"GET, /api/v1/realtime-journeys, real-time journeys, journey.realtime.enabled",
			"POST, /api/v1/realtime-journeys, real-time journeys, journey.realtime.enabled",
			"DELETE, /api/v1/realtime-journeys/6628bbf7-c52a-e911-a9b7-000d3a1e6adc, real-time journeys, journey.realtime.enabled",
			"GET, /api/v1/realtime-journey-templates, real-time journeys, journey.realtime.enabled" })
	void aSwitchedOffBackendsEndpointsAnswer501NamingTheSetting(HttpMethod method, String path, String backend,
			String setting) throws Exception {
		var call = request(method, path);
		if (method == HttpMethod.POST) {
			call = call.contentType(MediaType.APPLICATION_JSON).content("{}");
		}

		mvc.perform(call)
			.andExpect(status().isNotImplemented())
			.andExpect(jsonPath("$.type").value("urn:journey-facade:problem:journey-backend-disabled"))
			.andExpect(jsonPath("$.detail")
				.value("This deployment does not serve " + backend + " (" + setting + "=false)."));

		DATAVERSE.verify(exactly(0), anyRequestedFor(urlPathMatching("/api/data/.*")));
	}

}
