package dev.journeyfacade.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.LocalProfileTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a TLS-terminating ingress (the chart's
 * {@code SERVER_FORWARD_HEADERS_STRATEGY=framework}): the request counts as the HTTPS
 * request the ingress received, so the {@code Location} of a new journey is an
 * {@code https://} URL of the public host and {@code Strict-Transport-Security} is sent;
 * a plain HTTP request gets neither.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class ForwardedHeadersTest extends LocalProfileTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRequestTheIngressReceivedOverHttpsGetsAnHttpsLocationAndHsts() throws Exception {
		HttpResponse<String> created = create(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/journeys"))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "journeys-api.example.com")
			.header("X-Forwarded-Port", "443"));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("https://journeys-api.example.com/api/v1/journeys/"));
		assertThat(created.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void aPlainHttpRequestGetsAnHttpLocationAndNoHsts() throws Exception {
		HttpResponse<String> created = create(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/journeys")));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).startsWith(baseUrl() + "/api/v1/journeys/"));
		assertThat(created.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpResponse<String> create(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Forwarded\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
