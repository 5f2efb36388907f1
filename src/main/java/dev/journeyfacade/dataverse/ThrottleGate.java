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

	private static final Closed OPEN = new Closed(Instant.MIN, ThrottleKind.UNKNOWN);

	private final AtomicReference<Closed> closed = new AtomicReference<>(OPEN);

	private final Duration maxPause;

	/** Until when the gate is closed, and for which limit. */
	record Closed(Instant until, ThrottleKind kind) {
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
		Duration pause = retryAfter.compareTo(maxPause) > 0 ? maxPause : retryAfter;
		Closed until = new Closed(now.plus(pause), kind);
		closed.accumulateAndGet(until, (a, b) -> a.until().isAfter(b.until()) ? a : b);
	}

	/** How long calls must still wait; zero when the gate is open. */
	Duration remaining(Instant now) {
		Instant until = closed.get().until();
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/** The limit that closed the gate last. */
	ThrottleKind kind() {
		return closed.get().kind();
	}

}
