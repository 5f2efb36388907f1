package dev.journeyfacade.dataverse;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * After a 429 no call leaves this instance until the {@code Retry-After} has passed.
 * Dataverse counts its service protection limits per application user, so once one call
 * is refused every other call of this instance would be refused too, and each extra call
 * while throttled lengthens the penalty.
 */
final class ThrottleGate {

	private final AtomicReference<Instant> closedUntil = new AtomicReference<>(Instant.MIN);

	private final Duration maxPause;

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
	void closeFor(Instant now, Duration retryAfter) {
		Duration pause = retryAfter.compareTo(maxPause) > 0 ? maxPause : retryAfter;
		Instant until = now.plus(pause);
		closedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
	}

	/** How long calls must still wait; zero when the gate is open. */
	Duration remaining(Instant now) {
		Instant until = closedUntil.get();
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

}
