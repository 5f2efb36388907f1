package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeyfacade.dataverse.RetryPolicy.Decision;
import dev.journeyfacade.dataverse.RetryPolicy.Outcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The retry decisions, with a fixed instant and no jitter. */
class RetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private static final Instant DEADLINE = NOW.plusSeconds(20);

	private final RetryPolicy policy = new RetryPolicy(new DataverseProperties.Retry(4, Duration.ofSeconds(20),
			Duration.ofMillis(200), Duration.ofSeconds(5), 0.0, Duration.ofMinutes(5)), () -> 0.0);

	@Test
	void a429IsRetriedAfterRetryAfterWhateverTheMethod() {
		assertThat(policy.decide(new Outcome.Throttled("3", ThrottleKind.REQUEST_COUNT), false, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.Throttled(Duration.ofSeconds(3), ThrottleKind.REQUEST_COUNT));
	}

	@Test
	void a429WhoseWaitPassesTheDeadlineFailsAtOnce() {
		assertThat(policy.decide(new Outcome.Throttled("21", ThrottleKind.REQUEST_COUNT), true, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.ThrottledPastBudget(Duration.ofSeconds(21), ThrottleKind.REQUEST_COUNT));
	}

	@Test
	void a429OnTheLastAttemptFailsAtOnce() {
		assertThat(policy.decide(new Outcome.Throttled("1", ThrottleKind.REQUEST_COUNT), true, 4, NOW, DEADLINE))
			.isEqualTo(new Decision.ThrottledPastBudget(Duration.ofSeconds(1), ThrottleKind.REQUEST_COUNT));
	}

	@Test
	void aConcurrency429KeepsItsKindSoThatOnlyTheRefusedCallWaits() {
		assertThat(policy.decide(new Outcome.Throttled("1", ThrottleKind.CONCURRENCY), true, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.Throttled(Duration.ofSeconds(1), ThrottleKind.CONCURRENCY));
	}

	@Test
	void aConcurrency429WithoutRetryAfterWaitsMicrosoftsExponentialDelay() {
		assertThat(policy.decide(new Outcome.Throttled(null, ThrottleKind.CONCURRENCY), true, 2, NOW, DEADLINE))
			.isEqualTo(new Decision.Throttled(Duration.ofSeconds(4), ThrottleKind.CONCURRENCY));
	}

	@Test
	void readsRetryAfterAsAnHttpDate() {
		assertThat(RetryPolicy.parseRetryAfter("Wed, 25 Nov 2026 10:00:07 GMT", NOW)).contains(Duration.ofSeconds(7));
	}

	@Test
	void ignoresAnUnreadableOrNegativeRetryAfter() {
		assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
		assertThat(RetryPolicy.parseRetryAfter("-1", NOW)).isEmpty();
	}

	@Test
	void serverErrorsOfSafeRequestsBackOffExponentiallyUpToTheCap() {
		assertThat(policy.decide(new Outcome.Response(503, null), true, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.Retry(Duration.ofMillis(200), "server-error"));
		assertThat(policy.decide(new Outcome.Response(502, null), true, 3, NOW, DEADLINE))
			.isEqualTo(new Decision.Retry(Duration.ofMillis(800), "server-error"));
		RetryPolicy many = new RetryPolicy(new DataverseProperties.Retry(10, Duration.ofSeconds(60),
				Duration.ofMillis(200), Duration.ofSeconds(5), 0.0, Duration.ofMinutes(5)), () -> 0.0);
		assertThat(many.decide(new Outcome.Response(504, null), true, 9, NOW, NOW.plusSeconds(60)))
			.isEqualTo(new Decision.Retry(Duration.ofSeconds(5), "server-error"));
	}

	@Test
	void serverErrorsAndTimeoutsOfUnsafeRequestsAreNotRetried() {
		assertThat(policy.decide(new Outcome.Response(503, null), false, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.GiveUp());
		assertThat(policy.decide(new Outcome.Timeout(), false, 1, NOW, DEADLINE)).isEqualTo(new Decision.GiveUp());
		assertThat(policy.decide(new Outcome.BrokenConnection(), false, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.GiveUp());
	}

	@Test
	void aRefusedConnectionIsRetriedEvenForUnsafeRequests() {
		assertThat(policy.decide(new Outcome.ConnectFailure(), false, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.Retry(Duration.ofMillis(200), "connect-failure"));
	}

	@Test
	void clientErrorsAreNeverRetried() {
		for (int status : new int[] { 400, 403, 404, 409, 412, 500 }) {
			assertThat(policy.decide(new Outcome.Response(status, null), true, 1, NOW, DEADLINE))
				.isEqualTo(new Decision.GiveUp());
		}
	}

	@Test
	void aBackoffThatWouldPassTheDeadlineGivesUp() {
		assertThat(policy.decide(new Outcome.Response(503, "30"), true, 1, NOW, DEADLINE))
			.isEqualTo(new Decision.GiveUp());
	}

	@Test
	void jitterAddsUpToItsShareOfTheDelay() {
		RetryPolicy jittery = new RetryPolicy(new DataverseProperties.Retry(4, Duration.ofSeconds(20),
				Duration.ofMillis(200), Duration.ofSeconds(5), 0.2, Duration.ofMinutes(5)), () -> 1.0);
		assertThat(jittery.withJitter(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(1200));
	}

}
