package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429 with Retry-After, the instance-wide throttle gate, the time budget, 5xx back-off
 * and what is never retried.
 */
class DataverseRetryTest {

	private static final UUID ID = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	private static final String RECORD = "/accounts\\(.*\\)";

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	@BeforeEach
	void token() {
		fixture.stubToken("t1");
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	/** Answers each of {@code answers} in turn, then 200 for every later request. */
	private void stubSequence(String method, String pathRegex, ResponseDefinitionBuilder... answers) {
		String state = Scenario.STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = "step-" + (i + 1);
			fixture.server.stubFor(request(method, urlPathMatching(fixture.api(pathRegex))).inScenario("sequence")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(answers[i]));
			state = next;
		}
		fixture.server.stubFor(request(method, urlPathMatching(fixture.api(pathRegex))).inScenario("sequence")
			.whenScenarioStateIs(state)
			.willReturn(ok()));
	}

	private static ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"name\":\"a\"}");
	}

	private static ResponseDefinitionBuilder throttled(String retryAfter) {
		ResponseDefinitionBuilder answer = aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"error\":{\"code\":\"0x80072322\",\"message\":\"Number of requests exceeded the limit of 6000 over time window of 300 seconds.\"}}");
		return retryAfter == null ? answer : answer.withHeader("Retry-After", retryAfter);
	}

	private Record retrieve(DataverseClient client) {
		return client.retrieve("accounts", ID, ODataQuery.select("name"), Record.class);
	}

	@Test
	void retriesAfterTheDelayThatRetryAfterAsks() {
		stubSequence("GET", RECORD, throttled("3"));

		Record record = retrieve(fixture.client());

		assertThat(record.name()).isEqualTo("a");
		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3));
		fixture.server.verify(2, getRequestedFor(urlPathMatching(fixture.api(RECORD))));
		assertThat(fixture.counter("dataverse.client.retries", "reason", "throttled-request-count")).isEqualTo(1);
		assertThat(fixture.counter("dataverse.client.throttled", "reason", "request-count")).isEqualTo(1);
	}

	@Test
	void acceptsADecimalRetryAfter() {
		stubSequence("GET", RECORD, throttled("0.25"));

		retrieve(fixture.client());

		assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(250));
	}

	@Test
	void addsJitterToTheWaitSoThatWaitersDoNotAllLeaveAtOnce() {
		stubSequence("GET", RECORD, throttled("2"));
		DataverseProperties.Retry withJitter = new DataverseProperties.Retry(4, Duration.ofSeconds(20),
				Duration.ofMillis(200), Duration.ofSeconds(5), 0.1, Duration.ofMinutes(5));
		DataverseProperties properties = fixture.properties(withJitter,
				DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofSeconds(5));
		DataverseClient client = fixture.client(properties, () -> 0.5);

		retrieve(client);

		assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(2100)); // 2 s + 0.5
																				// × 10 %
	}

	@Test
	void withoutRetryAfterWaitsTwoSecondsThenFour() {
		stubSequence("GET", RECORD, throttled(null), throttled(null));

		retrieve(fixture.client());

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
	}

	@Test
	void failsAtOnceWith503AndRetryAfterWhenTheWaitWouldPassTheBudget() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("120")));

		assertThatThrownBy(() -> retrieve(fixture.client())).isInstanceOfSatisfying(DataverseException.class, e -> {
			assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED);
			assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
		});
		assertThat(fixture.sleeps).isEmpty();
		fixture.server.verify(1, getRequestedFor(urlPathMatching(fixture.api(RECORD))));
	}

	@Test
	void afterA429OtherCallsAreHeldBackWithoutReachingDataverse() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("120")));
		fixture.server.stubFor(get(urlPathMatching(fixture.api("/contacts\\(.*\\)"))).willReturn(ok()));
		DataverseClient client = fixture.client();
		assertThatThrownBy(() -> retrieve(client)).isInstanceOf(DataverseException.class);

		assertThatThrownBy(() -> client.retrieve("contacts", ID, ODataQuery.select("name"), Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> {
				assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED);
				assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
			});
		fixture.server.verify(0, getRequestedFor(urlPathMatching(fixture.api("/contacts\\(.*\\)"))));
	}

	@Test
	void afterA429OtherCallsWaitForTheGateAndThenGoOut() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("5")));
		fixture.server.stubFor(get(urlPathMatching(fixture.api("/contacts\\(.*\\)"))).willReturn(ok()));
		DataverseClient client = fixture
			.client(fixture.properties(DataverseClientFixture.retry(1, Duration.ofSeconds(20)),
					DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofSeconds(5)));
		assertThatThrownBy(() -> retrieve(client)).isInstanceOf(DataverseException.class); // 1
																							// attempt
																							// only

		Record other = client.retrieve("contacts", ID, ODataQuery.select("name"), Record.class);

		assertThat(other.name()).isEqualTo("a");
		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(5));
		fixture.server.verify(1, getRequestedFor(urlPathMatching(fixture.api("/contacts\\(.*\\)"))));
	}

	@Test
	void theBudgetCoversAllCallsOfOneCallerRequest() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(ok()));
		DataverseClient client = fixture.client();
		stubSequence("GET", "/contacts\\(.*\\)", throttled("8"));

		try (DataverseDeadline.Scope ignored = DataverseDeadline.open(fixture.clock.instant())) {
			fixture.clock.advance(Duration.ofSeconds(15)); // the caller request already
															// spent 15 s of its 20 s
			assertThatThrownBy(() -> client.retrieve("contacts", ID, ODataQuery.select("name"), Record.class))
				.isInstanceOfSatisfying(DataverseException.class,
						e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED));
		}
	}

	@Test
	void givesUpWith503WhenTheAttemptsAreUsedUp() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("1")));

		assertThatThrownBy(() -> retrieve(fixture.client())).isInstanceOfSatisfying(DataverseException.class,
				e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED));
		fixture.server.verify(4, getRequestedFor(urlPathMatching(fixture.api(RECORD))));
	}

	@Test
	void aThrottledUpdateIsRetriedBecauseDataverseDidNotProcessIt() {
		stubSequence("PATCH", RECORD, throttled("1"));

		Record updated = fixture.client().update("accounts", ID, Map.of("name", "a"), null, Record.class);

		assertThat(updated.name()).isEqualTo("a");
		fixture.server.verify(2, patchRequestedFor(urlPathMatching(fixture.api(RECORD))));
	}

	@Test
	void backsOffExponentiallyOnServerErrorsForReads() {
		stubSequence("GET", RECORD, aResponse().withStatus(503), aResponse().withStatus(502),
				aResponse().withStatus(504));

		Record record = retrieve(fixture.client());

		assertThat(record.name()).isEqualTo("a");
		assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400),
				Duration.ofMillis(800));
		assertThat(fixture.counter("dataverse.client.retries", "reason", "server-error")).isEqualTo(3);
	}

	@Test
	void aServerRetryAfterWinsOverTheComputedBackoff() {
		stubSequence("GET", RECORD, aResponse().withStatus(503).withHeader("Retry-After", "3"));

		retrieve(fixture.client());

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void doesNotRetryAnUnsafeRequestAfterAServerError() {
		fixture.server.stubFor(patch(urlPathMatching(fixture.api(RECORD))).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> fixture.client().update("accounts", ID, Map.of("name", "a"), null, Record.class))
			.isInstanceOfSatisfying(DataverseException.class, e -> assertThat(e.status()).isEqualTo(503));
		fixture.server.verify(1, patchRequestedFor(urlPathMatching(fixture.api(RECORD))));
		assertThat(fixture.sleeps).isEmpty();
	}

	@Test
	void doesNotRetryAClientError() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"0x80044331\",\"message\":\"bad\"}}")));

		assertThatThrownBy(() -> retrieve(fixture.client())).isInstanceOf(DataverseException.class);
		fixture.server.verify(1, getRequestedFor(urlPathMatching(fixture.api(RECORD))));
	}

	@Test
	void retriesASlowReadAfterTheResponseTimeout() {
		stubSequence("GET", RECORD, ok().withFixedDelay(1_500));
		DataverseClient client = fixture
			.client(fixture.properties(DataverseClientFixture.retry(2, Duration.ofSeconds(20)),
					DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofMillis(300)));

		assertThat(retrieve(client).name()).isEqualTo("a");
		assertThat(fixture.counter("dataverse.client.retries", "reason", "timeout")).isEqualTo(1);
	}

	@Test
	void aReadThatKeepsTimingOutFailsAsATimeout() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(ok().withFixedDelay(1_500)));
		DataverseClient client = fixture
			.client(fixture.properties(DataverseClientFixture.retry(1, Duration.ofSeconds(20)),
					DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofMillis(300)));

		assertThatThrownBy(() -> retrieve(client)).isInstanceOfSatisfying(DataverseException.class,
				e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.TIMEOUT));
	}

	@Test
	void retriesARefusedConnectionEvenForAnUpdateBecauseNothingWasSent() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		DataverseProperties base = fixture.properties(DataverseClientFixture.retry(3, Duration.ofSeconds(20)),
				DataverseClientFixture.concurrency(4, Duration.ofSeconds(1)), Duration.ofSeconds(2));
		DataverseProperties unreachable = new DataverseProperties(URI.create("http://127.0.0.1:" + closedPort),
				base.tenantId(), base.clientId(), base.clientSecret(), null, base.authorityHost(), base.tokenUri(),
				null, "v9.2", base.connectTimeout(), base.responseTimeout(), base.tokenRefreshAhead(), base.retry(),
				base.concurrency());

		assertThatThrownBy(
				() -> fixture.client(unreachable).update("accounts", ID, Map.of("name", "a"), null, Record.class))
			.isInstanceOfSatisfying(DataverseException.class,
					e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.UNREACHABLE));
		assertThat(fixture.counter("dataverse.client.retries", "reason", "connect-failure")).isEqualTo(2);
	}

	@Test
	void aNonsenseRetryAfterPausesTheInstanceForAtMostTheConfiguredMaximum() {
		ThrottleGate gate = new ThrottleGate(Duration.ofMinutes(5));
		java.time.Instant now = java.time.Instant.parse("2026-11-25T10:00:00Z");

		gate.closeFor(now, Duration.ofDays(3), ThrottleKind.REQUEST_COUNT);

		assertThat(gate.remaining(now)).isEqualTo(Duration.ofMinutes(5));
	}

	record Record(String name) {
	}

}
