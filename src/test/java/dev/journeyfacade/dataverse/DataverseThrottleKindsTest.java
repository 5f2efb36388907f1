package dev.journeyfacade.dataverse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each kind of 429 answered as Microsoft advises
 * (learn.microsoft.com/power-apps/developer/data-platform/api-limits): the request count,
 * the execution time and an unknown code hold every call of the instance; the concurrency
 * limit holds only the refused call and lowers the parallelism. Waits are measured on the
 * fixture's clock, which only moves when the client "sleeps".
 */
class DataverseThrottleKindsTest {

	private static final UUID ID = UUID.fromString("8aee9d91-8c2b-e911-a9b7-000d3a1e6adc");

	private static final String RECORD = "/accounts\\(.*\\)";

	private static final String OTHER = "/contacts\\(.*\\)";

	private final DataverseClientFixture fixture = new DataverseClientFixture();

	@BeforeEach
	void stubs() {
		fixture.stubToken("t1");
		fixture.server.stubFor(get(urlPathMatching(fixture.api(OTHER))).willReturn(ok()));
	}

	@AfterEach
	void close() {
		fixture.close();
	}

	private static ResponseDefinitionBuilder ok() {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"name\":\"a\"}");
	}

	private static ResponseDefinitionBuilder throttled(String code, String retryAfter) {
		ResponseDefinitionBuilder answer = aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"Throttled.\"}}");
		return retryAfter == null ? answer : answer.withHeader("Retry-After", retryAfter);
	}

	/** The record answers each of {@code answers} in turn, then 200. */
	private void recordAnswers(ResponseDefinitionBuilder... answers) {
		String state = Scenario.STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = "step-" + (i + 1);
			fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).inScenario("record")
				.whenScenarioStateIs(state)
				.willSetStateTo(next)
				.willReturn(answers[i]));
			state = next;
		}
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).inScenario("record")
			.whenScenarioStateIs(state)
			.willReturn(ok()));
	}

	private static Record read(DataverseClient client, String entitySet) {
		return client.retrieve(entitySet, ID, ODataQuery.select("name"), Record.class);
	}

	/**
	 * Reads the record, which Dataverse throttles once with {@code code}; while that call
	 * waits for the first time, the same instance reads another record. Returns the waits
	 * of that other read.
	 */
	private List<Duration> waitsOfAnotherCallMadeWhileTheThrottledOneWaits(String code) {
		recordAnswers(throttled(code, "5"));
		AtomicReference<DataverseClient> client = new AtomicReference<>();
		AtomicBoolean first = new AtomicBoolean(true);
		AtomicBoolean insideOther = new AtomicBoolean();
		List<Duration> otherWaits = new CopyOnWriteArrayList<>();
		Sleeper sleeper = duration -> {
			fixture.sleeps.add(duration);
			if (insideOther.get()) {
				otherWaits.add(duration);
			}
			if (first.compareAndSet(true, false)) {
				insideOther.set(true);
				assertThat(read(client.get(), "contacts").name()).isEqualTo("a");
				insideOther.set(false);
			}
			fixture.clock.advance(duration);
		};
		client.set(fixture.client(
				fixture.properties(DataverseClientFixture.retry(4, Duration.ofSeconds(20)),
						DataverseClientFixture.concurrency(32, Duration.ofSeconds(2)), Duration.ofSeconds(5)),
				sleeper, () -> 0.0));

		assertThat(read(client.get(), "accounts").name()).isEqualTo("a");
		fixture.server.verify(1, getRequestedFor(urlPathMatching(fixture.api(OTHER))));
		return otherWaits;
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x80072322", "0x80072321", "-2147015902", "-2147015903", "", "0x0" })
	void aRequestCountExecutionTimeOrUnknown429HoldsEveryCallOfTheInstance(String code) {
		assertThat(waitsOfAnotherCallMadeWhileTheThrottledOneWaits(code)).containsExactly(Duration.ofSeconds(5));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0x80072326", "-2147015898" })
	void aConcurrency429HoldsOnlyTheRefusedCall(String code) {
		assertThat(waitsOfAnotherCallMadeWhileTheThrottledOneWaits(code)).isEmpty();
		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(5));
	}

	@Test
	void theCallRefusedForConcurrencyWaitsItsRetryAfterThenSucceeds() {
		recordAnswers(throttled("0x80072326", "1"));

		Record record = read(fixture.client(), "accounts");

		assertThat(record.name()).isEqualTo("a");
		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(1));
		fixture.server.verify(2, getRequestedFor(urlPathMatching(fixture.api(RECORD))));
		assertThat(fixture.counter("dataverse.client.retries", "reason", "throttled-concurrency")).isEqualTo(1);
		assertThat(fixture.counter("dataverse.client.throttled", "reason", "concurrency")).isEqualTo(1);
		assertThat(fixture.meters.find("dataverse.client.throttle.wait").tag("reason", "concurrency").timer().count())
			.isEqualTo(1);
	}

	@Test
	void aConcurrency429WithoutRetryAfterWaitsTwoSecondsThenFour() {
		recordAnswers(throttled("0x80072326", null), throttled("0x80072326", null));

		read(fixture.client(), "accounts");

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
	}

	@Test
	void aConcurrencyWaitPastTheBudgetAnswers503AtOnceAndHoldsNoOtherCall() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("0x80072326", "120")));
		DataverseClient client = fixture.client();

		assertThatThrownBy(() -> read(client, "accounts")).isInstanceOfSatisfying(DataverseException.class, e -> {
			assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED);
			assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
		});
		assertThat(read(client, "contacts").name()).isEqualTo("a");
		assertThat(fixture.sleeps).isEmpty();
	}

	@Test
	void aRequestCountWaitPastTheBudgetHoldsTheOtherCallsToo() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(throttled("0x80072322", "120")));
		DataverseClient client = fixture.client();
		assertThatThrownBy(() -> read(client, "accounts")).isInstanceOf(DataverseException.class);

		assertThatThrownBy(() -> read(client, "contacts")).isInstanceOfSatisfying(DataverseException.class,
				e -> assertThat(e.kind()).isEqualTo(DataverseException.Kind.THROTTLED));
		fixture.server.verify(0, getRequestedFor(urlPathMatching(fixture.api(OTHER))));
	}

	@Test
	void waitsAtTheGateAreCountedUnderTheLimitThatClosedIt() {
		recordAnswers(throttled("0x80072321", "3"));

		read(fixture.client(), "accounts");

		assertThat(
				fixture.meters.find("dataverse.client.throttle.wait").tag("reason", "execution-time").timer().count())
			.isEqualTo(1);
		assertThat(fixture.counter("dataverse.client.retries", "reason", "throttled-execution-time")).isEqualTo(1);
	}

	@Test
	void aConcurrency429LowersTheLimitTheGaugeShows() {
		recordAnswers(throttled("0x80072326", "1"));

		read(fixture.client(), "accounts");

		assertThat(gauge("dataverse.client.concurrency.limit")).isEqualTo(22);
	}

	@Test
	void theDopHintLowersTheLimitTheGaugesShow() {
		fixture.server
			.stubFor(get(urlPathMatching(fixture.api(RECORD))).willReturn(ok().withHeader("x-ms-dop-hint", "6")
				.withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "5998")
				.withHeader("x-ms-ratelimit-time-remaining-xrm-requests", "1,199.95")));
		DataverseClient client = fixture.client();
		assertThat(gauge("dataverse.client.concurrency.hint")).isNaN();

		read(client, "accounts");

		assertThat(gauge("dataverse.client.concurrency.limit")).isEqualTo(6);
		assertThat(gauge("dataverse.client.concurrency.hint")).isEqualTo(6);
		assertThat(gauge("dataverse.client.inflight")).isZero();
		assertThat(gauge("dataverse.client.ratelimit.remaining.requests")).isEqualTo(5998);
		assertThat(gauge("dataverse.client.ratelimit.remaining.seconds")).isEqualTo(1199.95);
	}

	@Test
	void aSuccessThatReportsNoRequestsLeftPausesTheInstanceForASecondInsteadOfSpendingAProbe() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD)))
			.willReturn(ok().withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "0")));
		DataverseClient client = fixture.client();

		read(client, "accounts");
		assertThat(fixture.sleeps).isEmpty();
		read(client, "contacts");

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void thePauseAfterASpentBudgetIsCountedAsSuchNotAsA429() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD)))
			.willReturn(ok().withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "0")));
		DataverseClient client = fixture.client();

		read(client, "accounts");
		read(client, "contacts");

		assertThat(fixture.meters.find("dataverse.client.throttle.wait").tag("reason", "budget-spent").timer().count())
			.isEqualTo(1);
		assertThat(fixture.meters.find("dataverse.client.throttle.wait").tag("reason", "request-count").timer())
			.isNull();
		assertThat(fixture.meters.find("dataverse.client.throttled").counter()).isNull();
	}

	@Test
	void afterASpentBudgetAnswersWithoutTheHeadersPauseNoMore() {
		recordAnswers(ok().withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "0"));
		DataverseClient client = fixture.client();

		read(client, "accounts"); // reports the budget spent: the gate closes for a
									// second
		read(client, "contacts"); // waits that second; its answer carries no budget
		read(client, "accounts");
		read(client, "contacts");

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(1));
		assertThat(gauge("dataverse.client.ratelimit.remaining.requests")).isNaN();
		assertThat(gauge("dataverse.client.concurrency.limit")).isEqualTo(32);
	}

	@Test
	void aSuccessThatReportsNoExecutionTimeLeftPausesTheInstanceToo() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD)))
			.willReturn(ok().withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "4000")
				.withHeader("x-ms-ratelimit-time-remaining-xrm-requests", "0.00")));
		DataverseClient client = fixture.client();

		read(client, "accounts");
		read(client, "contacts");

		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void aSpentBudgetIsIgnoredWhenTheRemainingBudgetIsNotFollowed() {
		fixture.server.stubFor(get(urlPathMatching(fixture.api(RECORD)))
			.willReturn(ok().withHeader("x-ms-ratelimit-burst-remaining-xrm-requests", "0")));
		DataverseClient client = fixture
			.client(fixture.properties(DataverseClientFixture.retry(4, Duration.ofSeconds(20)),
					new DataverseProperties.Concurrency(32, Duration.ofSeconds(2), false), Duration.ofSeconds(5)));

		read(client, "accounts");
		read(client, "contacts");

		assertThat(fixture.sleeps).isEmpty();
	}

	private double gauge(String name) {
		return fixture.meters.find(name).gauge().value();
	}

	record Record(String name) {
	}

}
