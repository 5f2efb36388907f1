package dev.journeyfacade.journey.msdyncrm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataverseemulator.EmbeddedEmulator;
import dev.journeyfacade.LocalProfileTest;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * With the emulator's outbound switch off (the environment as Microsoft leaves it after
 * removing outbound marketing), the probe finds the outbound set gone: every outbound
 * endpoint answers the 503 problem, the real-time ones and readiness work; switched on
 * again, the next probe serves them again.
 */
class OutboundMarketingGoneEndToEndTest extends LocalProfileTest {

	@Autowired
	EmbeddedEmulator emulator;

	@Autowired
	OutboundAvailability availability;

	private RestClient http;

	@BeforeEach
	void client() {
		http = RestClient.builder()
			.baseUrl(baseUrl())
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	private void outboundMarketing(boolean enabled) {
		ResponseEntity<String> reply = http.put()
			.uri(emulator.url() + "/_emulator/outbound-marketing")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\":" + enabled + "}")
			.retrieve()
			.toEntity(String.class);
		assertThat(reply.getStatusCode().value()).isEqualTo(200);
		availability.probe();
	}

	/** The context is shared with the other end-to-end tests: leave outbound on. */
	@AfterEach
	void outboundBack() {
		outboundMarketing(true);
	}

	private int status(HttpMethod method, String path) {
		RestClient.RequestBodySpec request = http.method(method).uri(path);
		if (method == HttpMethod.POST || method == HttpMethod.PATCH) {
			request.contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"Spring newsletter\"}");
		}
		return request.retrieve().toEntity(String.class).getStatusCode().value();
	}

	@Test
	void everyOutboundEndpointAnswers503AndTheRestWorks() {
		String id = "8aee9d91-8c2b-e911-a9b7-000d3a1e6adc";

		outboundMarketing(false);

		assertThat(availability.state()).isEqualTo(OutboundAvailability.State.UNAVAILABLE);
		List.of("GET /api/v1/journeys", "GET /api/v1/journeys/" + id, "POST /api/v1/journeys",
				"PATCH /api/v1/journeys/" + id, "DELETE /api/v1/journeys/" + id,
				"POST /api/v1/journeys/" + id + "/publish", "POST /api/v1/journeys/" + id + "/stop",
				"POST /api/v1/journeys/" + id + "/validate", "POST /api/v1/journeys/validate",
				"POST /api/v1/journeys/" + id + "/copy", "GET /api/v1/segments", "GET /api/v1/emails",
				"GET /api/v1/content-settings")
			.forEach(call -> {
				String[] parts = call.split(" ");
				assertThat(status(HttpMethod.valueOf(parts[0]), parts[1])).as(call).isEqualTo(503);
			});
		String problem = http.get().uri("/api/v1/journeys").retrieve().body(String.class);
		assertThat(problem).contains("urn:journey-facade:problem:outbound-marketing-unavailable");
		assertThat(status(HttpMethod.GET, "/api/v1/realtime-journeys")).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/api/v1/realtime-journey-templates")).isEqualTo(200);
		assertThat(status(HttpMethod.GET, "/actuator/health/readiness")).isEqualTo(200);
	}

	@Test
	void switchedOnAgainTheNextProbeServesTheOutboundEndpoints() {
		outboundMarketing(false);

		outboundMarketing(true);

		assertThat(availability.state()).isEqualTo(OutboundAvailability.State.AVAILABLE);
		assertThat(status(HttpMethod.GET, "/api/v1/journeys")).isEqualTo(200);
	}

}
