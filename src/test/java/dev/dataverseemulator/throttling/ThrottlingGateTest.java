package dev.dataverseemulator.throttling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThrottlingGateTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	private static ThrottlingSettings limits(int maxRequests, long windowSeconds, int maxConcurrent,
			long maxExecutionMs, int webServers) {
		return new ThrottlingSettings(
				new ThrottlingSettings.RateLimit(true, maxRequests, windowSeconds, maxConcurrent, maxExecutionMs),
				new ThrottlingSettings.RandomFaults(0, 5, ThrottlingSettings.Shares.REQUEST_COUNT_ONLY), 0, 42, 8,
				webServers, false);
	}

	private static ThrottlingSettings limit(int maxRequests, long windowSeconds, int maxConcurrent) {
		return limits(maxRequests, windowSeconds, maxConcurrent, 1_200_000, 1);
	}

	private static ThrottlingGate.Admitted admitted(ThrottlingGate.Admission admission) {
		assertThat(admission).isInstanceOf(ThrottlingGate.Admitted.class);
		return (ThrottlingGate.Admitted) admission;
	}

	private static ThrottlingGate.Refused refused(ThrottlingGate.Admission admission) {
		assertThat(admission).isInstanceOf(ThrottlingGate.Refused.class);
		return (ThrottlingGate.Refused) admission;
	}

	@Test
	void countsRequestsPerApplicationUser() {
		ThrottlingGate gate = new ThrottlingGate(limit(1, 10, 5), clock);
		admitted(gate.admit("app-a", null)).permit().release();
		admitted(gate.admit("app-b", null)).permit().release();
		assertThat(gate.admit("app-a", null)).isInstanceOf(ThrottlingGate.Refused.class);
	}

	@Test
	void retryAfterIsTheWholeSecondsUntilTheOldestRequestLeavesTheWindow() {
		ThrottlingGate gate = new ThrottlingGate(limit(2, 10, 5), clock);
		admitted(gate.admit("app", null)).permit().release();
		clock.advance(Duration.ofMillis(2_300));
		admitted(gate.admit("app", null)).permit().release();

		ThrottlingGate.Refused refused = refused(gate.admit("app", null));

		assertThat(refused.reason()).isEqualTo(ThrottlingGate.Reason.REQUEST_COUNT);
		assertThat(refused.error().code()).isEqualTo("0x80072322");
		assertThat(refused.error().getMessage())
			.isEqualTo("Number of requests exceeded the limit of 2 over time window of 10 seconds.");
		assertThat(refused.error().headers()).containsEntry("Retry-After", "8"); // 7.7 s
																					// rounded
																					// up
		clock.advance(Duration.ofMillis(7_699));
		assertThat(gate.admit("app", null)).isInstanceOf(ThrottlingGate.Refused.class);
		clock.advance(Duration.ofMillis(1));
		assertThat(gate.admit("app", null)).isInstanceOf(ThrottlingGate.Admitted.class);
	}

	@Test
	void refusesConcurrentRequestsBeyondTheCapUntilOneIsReleased() {
		ThrottlingGate gate = new ThrottlingGate(limit(100, 10, 2), clock);
		ThrottlingGate.Permit first = admitted(gate.admit("app", null)).permit();
		admitted(gate.admit("app", null));

		ThrottlingGate.Refused refused = refused(gate.admit("app", null));
		assertThat(refused.error().code()).isEqualTo("0x80072326");
		assertThat(refused.error().getMessage()).isEqualTo("Number of concurrent requests exceeded the limit of 2.");
		assertThat(refused.error().headers()).containsEntry("Retry-After", "1");
		assertThat(gate.inFlight()).isEqualTo(2);

		first.release();
		first.release(); // twice is harmless
		assertThat(gate.inFlight()).isEqualTo(1);
		assertThat(gate.admit("app", null)).isInstanceOf(ThrottlingGate.Admitted.class);
	}

	@Test
	void executionTimeCountsEachCallFromAdmissionToRelease() {
		ThrottlingGate gate = new ThrottlingGate(limits(100, 60, 10, 10_000, 1), clock);
		ThrottlingGate.Permit slow = admitted(gate.admit("app", null)).permit();
		clock.advance(Duration.ofSeconds(6));
		slow.release();
		ThrottlingGate.Permit slower = admitted(gate.admit("app", null)).permit(); // 6 s
																					// of
																					// 10
																					// spent:
																					// still
																					// admitted
		clock.advance(Duration.ofSeconds(5));
		slower.release(); // 11 s now

		ThrottlingGate.Refused refused = refused(gate.admit("app", null));

		assertThat(refused.reason()).isEqualTo(ThrottlingGate.Reason.EXECUTION_TIME);
		assertThat(refused.error().code()).isEqualTo("0x80072321");
		assertThat(refused.error().getMessage())
			.isEqualTo("Combined execution time of incoming requests exceeded limit of"
					+ " 10,000 milliseconds over time window of 60 seconds. Decrease number of concurrent requests or reduce"
					+ " the duration of requests and try again later.");
		// the first call's 6 s were counted when it ended, at 6 s: they leave the window
		// at 66 s, 55 s from now
		assertThat(refused.error().headers()).containsEntry("Retry-After", "55");
		clock.advance(Duration.ofSeconds(55));
		assertThat(gate.admit("app", null)).isInstanceOf(ThrottlingGate.Admitted.class);
	}

	@Test
	void theBudgetShowsWhatIsLeftOfRequestsAndExecutionTime() {
		ThrottlingGate gate = new ThrottlingGate(limits(6000, 300, 52, 1_200_000, 1), clock);
		ThrottlingGate.Admitted call = admitted(gate.admit("app", null));
		clock.advance(Duration.ofMillis(540));
		call.permit().release();

		ThrottlingGate.Budget budget = gate.budget("app", call.server());

		assertThat(budget.requests()).isEqualTo(5999);
		assertThat(budget.executionMillis()).isEqualTo(1_199_460);
		assertThat(budget.executionSeconds()).isEqualTo("1,199.46");
		assertThat(gate.budget("someone-else", 0).executionSeconds()).isEqualTo("1,200.00");
	}

	@Test
	void eachWebServerEnforcesTheLimitsOnItsOwn() {
		ThrottlingGate gate = new ThrottlingGate(limits(1, 60, 10, 1_200_000, 2), clock);
		ThrottlingGate.Admitted first = admitted(gate.admit("app", null));
		ThrottlingGate.Admitted second = admitted(gate.admit("app", null)); // no
																			// affinity:
																			// the other
																			// server

		assertThat(second.server()).isNotEqualTo(first.server());
		assertThat(refused(gate.admit("app", first.server())).server()).isEqualTo(first.server());
		assertThat(refused(gate.admit("app", second.server())).server()).isEqualTo(second.server());
	}

	@Test
	void theLimitsAreCountedWhileOffSoThatTheBudgetTellsTheTruth() {
		ThrottlingSettings off = new ThrottlingSettings(new ThrottlingSettings.RateLimit(false, 2, 60, 1, 1),
				new ThrottlingSettings.RandomFaults(0, 5, ThrottlingSettings.Shares.REQUEST_COUNT_ONLY), 0, 42, 8, 1,
				false);
		ThrottlingGate gate = new ThrottlingGate(off, clock);
		for (int i = 0; i < 3; i++) {
			admitted(gate.admit("app", null)); // none released: concurrency is not
												// refused either
		}
		assertThat(gate.budget("app", 0).requests()).isZero();
	}

	@Test
	void randomRefusalsAreRepeatableForASeed() {
		ThrottlingSettings random = random(0.3, new ThrottlingSettings.Shares(1, 0, 0));
		List<Boolean> first = draws(new ThrottlingGate(random, clock));
		List<Boolean> second = draws(new ThrottlingGate(random, clock));
		assertThat(first).isEqualTo(second);
		assertThat(first.stream().filter(b -> b).count()).isBetween(15L, 45L);
	}

	@Test
	void randomRefusalsCarryTheThreeCodesInTheConfiguredShares() {
		ThrottlingGate gate = new ThrottlingGate(random(1.0, new ThrottlingSettings.Shares(1, 1, 2)), clock);
		Map<ThrottlingGate.Reason, Integer> counts = new EnumMap<>(ThrottlingGate.Reason.class);
		for (int i = 0; i < 4000; i++) {
			ThrottlingGate.Refused refused = refused(gate.admit("app", null));
			assertThat(refused.random()).isTrue();
			counts.merge(refused.reason(), 1, Integer::sum);
		}
		assertThat(counts.get(ThrottlingGate.Reason.REQUEST_COUNT)).isBetween(850, 1150);
		assertThat(counts.get(ThrottlingGate.Reason.EXECUTION_TIME)).isBetween(850, 1150);
		assertThat(counts.get(ThrottlingGate.Reason.CONCURRENCY)).isBetween(1800, 2200);
	}

	@Test
	void aRandomRefusalHasTheCodeAndMessageOfTheLimitItNamesAndTheConfiguredRetryAfter() {
		ThrottlingGate gate = new ThrottlingGate(random(1.0, new ThrottlingSettings.Shares(0, 0, 1)), clock);

		ThrottlingGate.Refused refused = refused(gate.admit("app", null));

		assertThat(refused.error().code()).isEqualTo("0x80072326");
		assertThat(refused.error().getMessage()).isEqualTo("Number of concurrent requests exceeded the limit of 52.");
		assertThat(refused.error().headers()).containsEntry("Retry-After", "7");
	}

	@Test
	void picksTheReasonByTheSharesRanges() {
		ThrottlingSettings.Shares shares = new ThrottlingSettings.Shares(1, 1, 2);
		assertThat(ThrottlingGate.pick(shares, 0.0)).isEqualTo(ThrottlingGate.Reason.REQUEST_COUNT);
		assertThat(ThrottlingGate.pick(shares, 0.25)).isEqualTo(ThrottlingGate.Reason.EXECUTION_TIME);
		assertThat(ThrottlingGate.pick(shares, 0.5)).isEqualTo(ThrottlingGate.Reason.CONCURRENCY);
		assertThat(ThrottlingGate.pick(shares, 0.999)).isEqualTo(ThrottlingGate.Reason.CONCURRENCY);
	}

	private static ThrottlingSettings random(double share, ThrottlingSettings.Shares shares) {
		return new ThrottlingSettings(new ThrottlingSettings.RateLimit(false, 1, 1, 52, 1),
				new ThrottlingSettings.RandomFaults(share, 7, shares), 0, 1234, 8, 1, false);
	}

	private static List<Boolean> draws(ThrottlingGate gate) {
		List<Boolean> refused = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ThrottlingGate.Admission a = gate.admit("app", null);
			refused.add(a instanceof ThrottlingGate.Refused);
			if (a instanceof ThrottlingGate.Admitted ok) {
				ok.permit().release();
			}
		}
		return refused;
	}

	@Test
	void roundsWaitsUpToWholeSecondsOfAtLeastOne() {
		assertThat(ThrottlingGate.ceilSeconds(Duration.ZERO)).isEqualTo(1);
		assertThat(ThrottlingGate.ceilSeconds(Duration.ofMillis(1))).isEqualTo(1);
		assertThat(ThrottlingGate.ceilSeconds(Duration.ofSeconds(3))).isEqualTo(3);
		assertThat(ThrottlingGate.ceilSeconds(Duration.ofMillis(3_001))).isEqualTo(4);
	}

}
