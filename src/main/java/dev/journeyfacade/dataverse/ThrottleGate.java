package dev.journeyfacade.dataverse;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * After a 429 for the request count or the execution time (or one whose code is unknown)
 * no call leaves this instance until the {@code Retry-After} has passed. Dataverse counts
 * those limits per application user, so once one call is refused every other call of this
 * instance would be refused too, and each extra call while throttled lengthens the
 * penalty. A concurrency 429 never closes it ({@link ThrottleKind#pausesInstance()}). An
 * answer that reports the budget of one of those limits spent closes it briefly too, so
 * the instance does not spend a request to be told. When a pause has passed, one call
 * goes first and the others follow only once it was not refused again: calls leaving
 * together the moment a limit frees would mostly be refused and lengthen the penalty.
 */
final class ThrottleGate {

	/**
	 * The reason of a pause after an answer that reported a budget spent: no 429 was
	 * received, so its waits are not counted as one of the limits'.
	 */
	static final String BUDGET_SPENT = "budget-spent";

	private static final Closed OPEN = new Closed(Instant.MIN, ThrottleKind.UNKNOWN.tag());

	private final AtomicReference<Closed> closed = new AtomicReference<>(OPEN);

	/** The closing whose first call after the pause is on its way, if any. */
	private final AtomicReference<@Nullable Closed> probing = new AtomicReference<>();

	private final Duration maxPause;

	/**
	 * Until when the gate is closed, and why: the limit a 429 named, or
	 * {@link #BUDGET_SPENT}.
	 */
	record Closed(Instant until, String reason) {
	}

	/** A call let through the gate: the first after a pause, or one of an open gate. */
	record Passage(@Nullable Closed probed) {

		static final Passage FREE = new Passage(null);

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

	/** How long calls must still wait; zero when the pause has passed. */
	Duration remaining(Instant now) {
		Instant until = closed.get().until();
		return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
	}

	/**
	 * Lets a call through once the pause has passed: the first call after a pause alone,
	 * the others once it has left the gate open ({@link #left}). Null: wait a little and
	 * ask again.
	 */
	@Nullable Passage tryPass(Instant now) {
		Closed current = closed.get();
		if (current == OPEN) {
			return Passage.FREE;
		}
		if (current.until().isAfter(now)) {
			return null;
		}
		return probing.compareAndSet(null, current) ? new Passage(current) : null;
	}

	/**
	 * The call is done with Dataverse for now; the first call after a pause opens the
	 * gate for everyone, unless its answer closed it again.
	 */
	void left(Passage passage) {
		Closed probed = passage.probed();
		if (probed != null) {
			closed.compareAndSet(probed, OPEN);
			probing.compareAndSet(probed, null);
		}
	}

	/**
	 * Why the gate is closed: the meters' {@code reason} (a limit's tag, or
	 * {@link #BUDGET_SPENT}).
	 */
	String reason() {
		return closed.get().reason();
	}

}
