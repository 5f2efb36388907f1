package dev.journeyfacade.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The slots follow what Dataverse's answers say: the hint, concurrency refusals, the
 * remaining budget. Slots are taken without waiting (but for one call that queues), so
 * nothing here depends on time.
 */
class ConcurrencyLimiterTest {

	private final ConcurrencyLimiter limiter = new ConcurrencyLimiter(32, true);

	private static HttpHeaders headers(String... namesAndValues) {
		HttpHeaders headers = new HttpHeaders();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			headers.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return headers;
	}

	private int freeSlots() {
		int taken = 0;
		while (limiter.tryAcquire(Duration.ZERO) != null) {
			taken++;
		}
		return taken;
	}

	private void answeredOk(String... headers) {
		ConcurrencyLimiter.Slot slot = limiter.tryAcquire(Duration.ZERO);
		limiter.answered(slot, 200, null, headers(headers));
		limiter.release(slot);
	}

	@Test
	void offersTheCapBeforeDataverseSaidAnything() {
		assertThat(freeSlots()).isEqualTo(32);
	}

	@Test
	void theDopHintLowersTheSlots() {
		answeredOk("x-ms-dop-hint", "4");

		assertThat(limiter.limit()).isEqualTo(4);
		assertThat(limiter.hint()).isEqualTo(4);
		assertThat(freeSlots()).isEqualTo(4);
	}

	@Test
	void aLowerLimitTakesSlotsAwayOnlyAsCallsInFlightFinish() {
		ConcurrencyLimiter.Slot first = limiter.tryAcquire(Duration.ZERO);
		ConcurrencyLimiter.Slot second = limiter.tryAcquire(Duration.ZERO);
		limiter.tryAcquire(Duration.ZERO);

		limiter.answered(first, 200, null, headers("x-ms-dop-hint", "2"));
		limiter.release(first);

		assertThat(limiter.inFlight()).isEqualTo(2);
		assertThat(limiter.tryAcquire(Duration.ZERO)).isNull();
		limiter.release(second);
		assertThat(freeSlots()).isEqualTo(1);
	}

	@Test
	void theSlotOfAnAnswerThatLowersTheLimitGoesToNoOneElse() {
		ConcurrencyLimiter.Slot answered = limiter.tryAcquire(Duration.ZERO);
		limiter.tryAcquire(Duration.ZERO);

		limiter.answered(answered, 200, null, headers("x-ms-ratelimit-burst-remaining-xrm-requests", "0"));
		limiter.release(answered);

		assertThat(limiter.tryAcquire(Duration.ZERO)).isNull();
	}

	@Test
	void aConcurrency429LowersTheSlots() {
		ConcurrencyLimiter.Slot slot = limiter.tryAcquire(Duration.ZERO);

		limiter.answered(slot, 429, ThrottleKind.CONCURRENCY, headers());
		limiter.release(slot);

		assertThat(limiter.limit()).isEqualTo(22);
		assertThat(freeSlots()).isEqualTo(22);
	}

	@Test
	void aRequestCount429LeavesTheParallelismAlone() {
		ConcurrencyLimiter.Slot slot = limiter.tryAcquire(Duration.ZERO);

		limiter.answered(slot, 429, ThrottleKind.REQUEST_COUNT, headers());
		limiter.release(slot);

		assertThat(limiter.limit()).isEqualTo(32);
	}

	@Test
	void successesGrowTheSlotsBackAdditively() {
		ConcurrencyLimiter.Slot slot = limiter.tryAcquire(Duration.ZERO);
		limiter.answered(slot, 429, ThrottleKind.CONCURRENCY, headers()); // 22
		limiter.release(slot);

		for (int i = 0; i < 22; i++) {
			answeredOk();
		}

		assertThat(limiter.limit()).isEqualTo(23);
		assertThat(freeSlots()).isEqualTo(23);
	}

	@Test
	void neverMoreInFlightThanTheRemainingRequestsTheServerReported() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "3", "x-ms-ratelimit-time-remaining-xrm-requests",
				"1,199.87");

		assertThat(limiter.remainingRequests()).isEqualTo(3);
		assertThat(limiter.remainingSeconds()).isEqualTo(1199.87);
		assertThat(freeSlots()).isEqualTo(3);
	}

	@Test
	void oneCallAtATimeWhenTheServerReportedNoRequestsLeft() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "0");

		assertThat(freeSlots()).isEqualTo(1);
	}

	@Test
	void oneCallAtATimeWhenTheServerReportedNoExecutionTimeLeft() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "5000", "x-ms-ratelimit-time-remaining-xrm-requests",
				"0.00");

		assertThat(freeSlots()).isEqualTo(1);
	}

	@Test
	void namesTheLimitWhoseBudgetTheLastAnswerReportedSpent() {
		assertThat(limiter.spentBudget()).isNull();
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "0");
		assertThat(limiter.spentBudget()).isEqualTo(ThrottleKind.REQUEST_COUNT);
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "7", "x-ms-ratelimit-time-remaining-xrm-requests",
				"0.00");
		assertThat(limiter.spentBudget()).isEqualTo(ThrottleKind.EXECUTION_TIME);
		answeredOk("x-ms-ratelimit-time-remaining-xrm-requests", "3.50");
		assertThat(limiter.spentBudget()).isNull();
	}

	@Test
	void theNextAnswerReplacesWhatTheLastOneSaid() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "0");

		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "5999");

		assertThat(freeSlots()).isEqualTo(32);
	}

	@Test
	void aBudgetReadingLastsOnlyUntilAnAnswerWithoutIt() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "0", "x-ms-ratelimit-time-remaining-xrm-requests",
				"0.00");

		answeredOk();

		assertThat(limiter.spentBudget()).isNull();
		assertThat(limiter.remainingRequests()).isEqualTo(-1);
		assertThat(limiter.remainingSeconds()).isNaN();
		assertThat(freeSlots()).isEqualTo(32);
	}

	@Test
	void aStaleLowBudgetDoesNotCapTheSlotsOnceAnswersStopReportingIt() {
		answeredOk("x-ms-ratelimit-burst-remaining-xrm-requests", "3");

		answeredOk("x-ms-dop-hint", "8");

		assertThat(freeSlots()).isEqualTo(8);
	}

	@Test
	void aCallThatQueuedBeforeADecreaseAndIsRefusedAfterItLowersTheLimitAgain() throws Exception {
		ConcurrencyLimiter small = new ConcurrencyLimiter(3, true);
		ConcurrencyLimiter.Slot first = small.tryAcquire(Duration.ZERO);
		ConcurrencyLimiter.Slot second = small.tryAcquire(Duration.ZERO);
		small.tryAcquire(Duration.ZERO);
		AtomicReference<ConcurrencyLimiter.Slot> queued = new AtomicReference<>();
		Thread waiting = new Thread(() -> queued.set(small.tryAcquire(Duration.ofSeconds(30))));
		waiting.start();
		await().atMost(Duration.ofSeconds(10)).until(() -> waiting.getState() == Thread.State.TIMED_WAITING);

		small.answered(first, 429, ThrottleKind.CONCURRENCY, headers()); // 3 → 2
		small.release(first);
		small.release(second); // the queued call gets this slot, after the decrease
		waiting.join(Duration.ofSeconds(10).toMillis());
		assertThat(queued.get()).isNotNull();
		small.answered(queued.get(), 429, ThrottleKind.CONCURRENCY, headers());

		assertThat(small.limit()).isEqualTo(1);
	}

	@Test
	void theRemainingBudgetIsIgnoredWhenSwitchedOff() {
		ConcurrencyLimiter ignoring = new ConcurrencyLimiter(32, false);
		ConcurrencyLimiter.Slot slot = ignoring.tryAcquire(Duration.ZERO);

		ignoring.answered(slot, 200, null, headers("x-ms-ratelimit-burst-remaining-xrm-requests", "0"));
		ignoring.release(slot);

		assertThat(ignoring.slots()).isEqualTo(32);
	}

	@Test
	void unreadableHeadersChangeNothing() {
		answeredOk("x-ms-dop-hint", "many", "x-ms-ratelimit-burst-remaining-xrm-requests", "lots",
				"x-ms-ratelimit-time-remaining-xrm-requests", "");

		assertThat(limiter.hint()).isZero();
		assertThat(limiter.remainingRequests()).isEqualTo(-1);
		assertThat(freeSlots()).isEqualTo(32);
	}

}
