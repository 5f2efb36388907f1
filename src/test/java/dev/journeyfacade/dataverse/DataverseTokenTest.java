package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.testsupport.TokenEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Access tokens: client-credentials request, caching, single flight, 401 renewal, token
 * endpoint failures.
 */
class DataverseTokenTest {

	private static final UUID ID = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	@AfterEach
	void close() {
		fixture.close();
	}

	private void stubRecord() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api("/accounts\\(.*\\)")))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"name\":\"a\"}")));
	}

	@Test
	void requestsATokenWithClientCredentialsInTheFormBody() {
		fixture.stubToken("t1");
		stubRecord();

		fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		fixture.server.verify(postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.withRequestBody(containing("grant_type=client_credentials"))
			.withRequestBody(containing("client_id=" + DataverseClientFixture.CLIENT_ID))
			.withRequestBody(containing("scope=" + encodedScope())));
		fixture.server.verify(getRequestedFor(urlPathMatching(fixture.api("/accounts\\(.*\\)")))
			.withHeader("Authorization", equalTo("Bearer t1")));
	}

	@Test
	void reusesTheCachedTokenForLaterCalls() {
		fixture.stubToken("t1");
		stubRecord();
		DataverseClient client = fixture.client();

		for (int i = 0; i < 5; i++) {
			client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);
		}

		fixture.server.verify(1, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
	}

	@Test
	void fiftyConcurrentCallsWithoutATokenCauseExactlyOneTokenRequest() throws Exception {
		// A slow token endpoint keeps the first request in flight while the others
		// arrive.
		fixture.server.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.willReturn(TokenEndpoint.issues("t1").withFixedDelay(300)));
		stubRecord();
		DataverseClient client = fixture.client();
		ExecutorService pool = Executors.newFixedThreadPool(50);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Record>> calls = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);
				}));
			}
			start.countDown();
			for (Future<Record> call : calls) {
				assertThat(call.get(30, TimeUnit.SECONDS).name()).isEqualTo("a");
			}
		}
		finally {
			pool.shutdownNow();
		}

		fixture.server.verify(1, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
		fixture.server.verify(50, getRequestedFor(urlPathMatching(fixture.api("/accounts\\(.*\\)"))));
	}

	@Test
	void a401DropsTheTokenAndRetriesOnceWithAFreshOne() {
		fixture.server.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("second")
			.willReturn(tokenResponse("old")));
		fixture.server.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(tokenResponse("new")));
		fixture.server.stubFor(get(urlPathMatching(fixture.api("/accounts\\(.*\\)")))
			.withHeader("Authorization", equalTo("Bearer old"))
			.willReturn(aResponse().withStatus(401)));
		fixture.server.stubFor(get(urlPathMatching(fixture.api("/accounts\\(.*\\)")))
			.withHeader("Authorization", equalTo("Bearer new"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"name\":\"a\"}")));

		Record record = fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class);

		assertThat(record.name()).isEqualTo("a");
		fixture.server.verify(2, postRequestedFor(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)));
		assertThat(fixture.counter("dataverse.client.retries", "reason", "unauthorized")).isEqualTo(1);
	}

	@Test
	void aSecond401IsNotRetriedAgain() {
		fixture.stubToken("t1");
		fixture.server
			.stubFor(get(urlPathMatching(fixture.api("/accounts\\(.*\\)"))).willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> assertThat(e.status()).isEqualTo(401));
		fixture.server.verify(2, getRequestedFor(urlPathMatching(fixture.api("/accounts\\(.*\\)"))));
	}

	@Test
	void refusedCredentialsSurfaceAsAnAuthenticationFailureWithoutTheSecret() {
		fixture.server.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(aResponse()
			.withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided.\"}")));

		assertThatThrownBy(() -> fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.kind()).isEqualTo(DataverseException.Kind.AUTHENTICATION);
				assertThat(e.status()).isEqualTo(401);
				assertThat(e.getMessage()).contains("invalid_client")
					.doesNotContain(DataverseClientFixture.CLIENT_SECRET);
			});
		// counted when the fetch completes, which may be just after the waiting caller
		// has been woken
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(fixture.counter("dataverse.client.token.fetches", "outcome", "failure"))
				.isEqualTo(1));
	}

	@Test
	void aFailingTokenEndpointSurfacesAsAnAuthenticationFailureWithoutCallingDataverse() {
		fixture.server
			.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH)).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.kind()).isEqualTo(DataverseException.Kind.AUTHENTICATION);
				assertThat(e.status()).isNotEqualTo(401);
			});
		fixture.server.verify(0, getRequestedFor(urlPathMatching(fixture.api("/.*"))));
	}

	@Test
	void aHangingTokenEndpointFailsWithinTheResponseTimeoutInsteadOfHanging() {
		fixture.server.stubFor(post(urlPathEqualTo(DataverseClientFixture.TOKEN_PATH))
			.willReturn(tokenResponse("late").withFixedDelay(5_000)));
		DataverseClient client = fixture
			.client(fixture.properties(DataverseClientFixture.retry(1, Duration.ofSeconds(20)),
					DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofMillis(300)));

		long started = System.nanoTime();
		assertThatThrownBy(() -> client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class,
					e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.AUTHENTICATION));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
	void neitherTheSecretNorATokenAppearsInTheLogs(org.springframework.boot.test.system.CapturedOutput output) {
		// The most talkative level, for every logger (Reactor Netty and Spring included).
		ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		ch.qos.logback.classic.Level previous = root.getLevel();
		root.setLevel(ch.qos.logback.classic.Level.DEBUG);
		try {
			failWith401AndRefresh();
		}
		finally {
			root.setLevel(previous);
		}

		assertThat(output.getAll()).contains("401")
			.doesNotContain(DataverseClientFixture.CLIENT_SECRET)
			.doesNotContain("token-value");
	}

	private void failWith401AndRefresh() {
		fixture.stubToken("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.token-value");
		fixture.server
			.stubFor(get(urlPathMatching(fixture.api("/accounts\\(.*\\)"))).willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> fixture.client().retrieve("accounts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOf(DataverseException.class);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenResponse(String token) {
		return TokenEndpoint.issues(token);
	}

	private String encodedScope() {
		return java.net.URLEncoder.encode(fixture.server.baseUrl() + "/.default",
				java.nio.charset.StandardCharsets.UTF_8);
	}

	record Record(String name) {
	}

}
