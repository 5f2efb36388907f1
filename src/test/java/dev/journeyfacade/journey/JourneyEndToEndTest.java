package dev.journeyfacade.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.journeyfacade.LocalProfileTest;
import dev.journeyfacade.journey.msdyncrm.design.DesignJsonModule;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP helpers of the journey API's end-to-end tests against the emulator (one shared
 * context).
 */
abstract class JourneyEndToEndTest extends LocalProfileTest {

	static final JsonMapper JSON = JsonMapper.builder().addModule(new DesignJsonModule()).build();

	/** A client that hands every status back to the test instead of throwing. */
	protected RestClient http;

	@BeforeEach
	void client() {
		http = RestClient.builder()
			.baseUrl(baseUrl())
			.requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	/**
	 * Polls the journey until Dataverse (the emulator) has moved it to {@code status}.
	 */
	protected void awaitStatus(String location, String status) {
		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(body(call(HttpMethod.GET, location, null)).path("status").asString())
				.isEqualTo(status));
	}

	protected ResponseEntity<String> call(HttpMethod method, String uri, String json) {
		RestClient.RequestBodySpec request = http.method(method).uri(uri);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(json);
		}
		return request.retrieve().toEntity(String.class);
	}

	protected static JsonNode body(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody());
	}

}
