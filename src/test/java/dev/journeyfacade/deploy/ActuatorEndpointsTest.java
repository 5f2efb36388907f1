package dev.journeyfacade.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.journeyfacade.TestIdentityProvider;
import dev.journeyfacade.dataverse.DataverseClient;
import dev.journeyfacade.dataverse.ODataQuery;
import dev.testsupport.TokenEndpoint;
import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The actuator endpoints Kubernetes and Prometheus use, over real HTTP on the server's
 * port (as the Helm chart's probes and ServiceMonitor call them), with Entra ID and
 * Dataverse played by WireMock. Dataverse tokens live 2 s here, so each test starts from
 * "no token" within moments and the tests stay independent. Authentication is on, as in
 * production: the probes are open, Prometheus sends a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "dataverse.tenant-id=tenant-1", "dataverse.client-id=facade-client",
				"dataverse.client-secret=s3cr3t", "journey.page-token.keys=" + TestIdentityProvider.PAGE_TOKEN_KEY,
				"dataverse.retry.jitter=0" })
class ActuatorEndpointsTest {

	private static final String TOKEN_PATH = "/tenant-1/oauth2/v2.0/token";

	private static final WireMockServer DATAVERSE = new WireMockServer(
			WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static {
		DATAVERSE.start();
	}

	@DynamicPropertySource
	static void dataverse(DynamicPropertyRegistry registry) {
		registry.add("dataverse.url", DATAVERSE::baseUrl);
		registry.add("dataverse.token-uri", () -> DATAVERSE.baseUrl() + TOKEN_PATH);
		TestIdentityProvider.register(registry);
	}

	@AfterAll
	static void stopDataverse() {
		DATAVERSE.stop();
	}

	@LocalServerPort
	int serverPort;

	@Autowired
	DataverseClient dataverse;

	@BeforeEach
	void resetDataverse() {
		DATAVERSE.resetAll();
	}

	@Test
	void livenessStaysUpWhileTheTokenEndpointIsDown() {
		tokenEndpointDown();
		await().atMost(Duration.ofSeconds(15)).until(() -> actuator("/actuator/health/readiness").statusCode() == 503);

		HttpResponse<String> liveness = actuator("/actuator/health/liveness");

		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void readinessIsDownWhileNoTokenCanBeHad() {
		tokenEndpointDown();

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			HttpResponse<String> readiness = actuator("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
		});
	}

	@Test
	void readinessComesBackUpOnceATokenCanBeHad() {
		tokenEndpointDown();
		await().atMost(Duration.ofSeconds(15)).until(() -> actuator("/actuator/health/readiness").statusCode() == 503);

		tokenEndpointUp();

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			HttpResponse<String> readiness = actuator("/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
		});
	}

	@Test
	void prometheusExposesTheDataverseClientMetersAndHttpServerRequests() {
		tokenEndpointUp();
		// A token request another test left in flight against the endpoint that was down
		// may still fail; the calls below need one that can succeed.
		await().atMost(Duration.ofSeconds(15)).until(() -> actuator("/actuator/health/readiness").statusCode() == 200);
		// One list call that is throttled once (Retry-After: 1 s), then meets a 503, then
		// succeeds.
		DATAVERSE.stubFor(get(urlPathEqualTo("/api/data/v9.2/accounts")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("throttled"));
		DATAVERSE.stubFor(get(urlPathEqualTo("/api/data/v9.2/accounts")).inScenario("flaky")
			.whenScenarioStateIs("throttled")
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("recovered"));
		DATAVERSE.stubFor(get(urlPathEqualTo("/api/data/v9.2/accounts")).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson("{\"value\":[{\"name\":\"Contoso\"}]}")));
		assertThat(dataverse.list("accounts", ODataQuery.select("name"), 10, Map.class).items()).hasSize(1);
		actuator("/actuator/health/liveness"); // an http.server.requests sample, whatever
												// else ran before

		// Any valid token of this API will do (no particular permission), as for a
		// scraper with client credentials.
		HttpResponse<String> scrape = request(serverPort, "/actuator/prometheus",
				TestIdentityProvider.tokenWithRoles());

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("dataverse_client_calls_seconds_count{", "operation=\"list\"",
				"outcome=\"success\"", "dataverse_client_retries_total{reason=\"throttled-unknown\"",
				"dataverse_client_retries_total{reason=\"server-error\"",
				"dataverse_client_throttled_total{reason=\"unknown\"",
				"dataverse_client_throttle_wait_seconds_count{reason=\"unknown\"",
				"dataverse_client_token_fetches_total{outcome=\"success\"", "dataverse_client_inflight",
				"dataverse_client_concurrency_limit", "dataverse_client_concurrency_hint",
				"dataverse_client_ratelimit_remaining_requests", "dataverse_client_ratelimit_remaining_seconds",
				"http_server_requests_seconds_count{");
	}

	@Test
	void theDataverseSpansAddNoMetersOfTheirOwn() {
		tokenEndpointUp();
		DATAVERSE.stubFor(get(urlPathEqualTo("/api/data/v9.2/accounts")).willReturn(okJson("{\"value\":[]}")));
		dataverse.list("accounts", ODataQuery.select("name"), 10, Map.class);

		HttpResponse<String> scrape = request(serverPort, "/actuator/prometheus",
				TestIdentityProvider.tokenWithRoles());

		assertThat(scrape.body()).contains("dataverse_client_calls_seconds_count{")
			.doesNotContain("dataverse_call", "dataverse_attempt", "dataverse_wait");
	}

	@Test
	void theSbomListsSpringBootToACallerWithAToken() {
		HttpResponse<String> sbom = request(serverPort, "/actuator/sbom/application",
				TestIdentityProvider.tokenWithRoles());

		assertThat(sbom.statusCode()).isEqualTo(200);
		JsonNode components = JsonMapper.shared().readTree(sbom.body()).path("components");
		assertThat(components).anySatisfy(component -> {
			assertThat(component.path("group").asString()).isEqualTo("org.springframework.boot");
			assertThat(component.path("name").asString()).isEqualTo("spring-boot");
		});
	}

	@Test
	void theSbomNeedsATokenLikeEveryActuatorEndpointButTheProbes() {
		assertThat(actuator("/actuator/sbom").statusCode()).isEqualTo(401);
		assertThat(actuator("/actuator/sbom/application").statusCode()).isEqualTo(401);
	}

	@Test
	void theProbesAnswerAtLivezAndReadyzTooWithoutAToken() {
		tokenEndpointUp();

		assertThat(actuator("/livez").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			HttpResponse<String> readiness = actuator("/readyz");
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).contains("\"status\":\"UP\"");
		});
	}

	private static void tokenEndpointDown() {
		DATAVERSE.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(503)));
	}

	private static void tokenEndpointUp() {
		DATAVERSE
			.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(TokenEndpoint.issues("t-" + System.nanoTime(), 2)));
	}

	private HttpResponse<String> actuator(String path) {
		return request(serverPort, path, null);
	}

	private static HttpResponse<String> request(int port, String path, String bearerToken) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10));
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
