package dev.journeyfacade.dataverse;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After a 429 for the request count or the execution time (or one whose code is unknown)
 * no call leaves this instance until the {@code Retry-After} has passed. Dataverse counts
 * those limits per application user, so once one call is refused every other call of this
 * instance would be refused too, and each extra call while throttled lengthens the
 * penalty. A concurrency 429 never closes it ({@link ThrottleKind#pausesInstance()}). An
 * answer that reports the budget of one of those limits spent closes it briefly too, so
 * the instance does not spend a request to be told.
 */
final class ThrottleGate {

	/**
	 * The reason of a pause after an answer that reported a budget spent: no 429 was
	 * received, so its waits are not counted as one of the limits'.
	 */
	static final String BUDGET_SPENT = "budget-spent";

	private static final Closed OPEN = new Closed(Instant.MIN, ThrottleKind.UNKNOWN.tag());

	private final AtomicReference<Closed> closed = new AtomicReference<>(OPEN);

	private final Duration maxPause;

	/**
	 * Until when the gate is closed, and why: the limit a 429 named, or
	 * {@link #BUDGET_SPENT}.
	 */
	record Closed(Instant until, String reason) {
	}

	/**
	 * @param maxPause the longest one 429 may close the gate, so a nonsense Retry-After
	 * cannot stall the service
	 */
	ThrottleGate(Duration maxPause) {
		this.maxPause = maxPause;
	}

	/**
	 * Closes the gate until {@code now + retryAfter} (capped), unless it is already
	 * closed for longer.
	 */
	void closeFor(Instant now, Duration retryAfter, ThrottleKind kind) {
		close(now, retryAfter, kind.tag());
	}

	/**
	 * Closes the gate for {@code pause} after an answer that reported a budget spent.
	 */
	void closeForSpentBudget(Instant now, Duration pause) {
		close(now, pause, BUDGET_SPENT);
	}

	private void close(Instant now, Duration wanted, String reason) {
		Duration pause = wanted.compareTo(maxPause) > 0 ? maxPause : wanted;
		Closed until = new Closed(now.plus(pause), reason);
		closed.accumulateAndGet(until, (a, b) -> a.until().isAfter(b.until()) ? a : b);
	}

	/** How long calls must still wait; zero when the gate is open. */
	Duration remaining(Instant now) {
		Instant until = closed.get().until();
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/**
	 * Why the gate is closed: the meters' {@code reason} (a limit's tag, or
	 * {@link #BUDGET_SPENT}).
	 */
	String reason() {
		return closed.get().reason();
	}

}
