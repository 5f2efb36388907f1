package dev.journeyfacade.dataverse;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The slots for Dataverse calls of this instance. Dataverse refuses a user's 52nd
 * concurrent request at once instead of queueing it, so a burst waits here briefly
 * instead, first come first served; a caller that cannot get a slot in time is told to
 * come back (503) rather than queued without bound.
 *
 * <p>
 * How many slots there are follows Dataverse's answers: {@link ConcurrencyLimit} (the
 * cap, {@code x-ms-dop-hint}, concurrency 429s) and, when enabled, the remaining budget
 * the last answer reported ({@code x-ms-ratelimit-burst-remaining-xrm-requests} and
 * {@code x-ms-ratelimit-time-remaining-xrm-requests}): never more calls in flight than
 * the server said it still takes, and one at a time when it said none, so that an
 * instance (or several replicas of one application user) slows down before the limit
 * instead of learning it from a refusal. Microsoft documents those two headers for
 * debugging, not as a promise
 * (learn.microsoft.com/power-apps/developer/data-platform/api-limits): they only ever
 * lower the slots, and each answer replaces what the last one said — an answer without
 * them (nothing says every answer carries them) leaves no reading, so a stale zero cannot
 * keep the instance at one call at a time (ADR 13).
 */
final class ConcurrencyLimiter {

	static final String DOP_HINT = "x-ms-dop-hint";

	static final String REQUESTS_REMAINING = "x-ms-ratelimit-burst-remaining-xrm-requests";

	static final String TIME_REMAINING = "x-ms-ratelimit-time-remaining-xrm-requests";

	private final Slots slots;

	private final ConcurrencyLimit limit;

	private final boolean followRemainingBudget;

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile int appliedSlots; // written under this

	private volatile long remainingRequests = Long.MAX_VALUE;

	private volatile double remainingSeconds = Double.NaN;

	ConcurrencyLimiter(int maxInFlight, boolean followRemainingBudget) {
		this.limit = new ConcurrencyLimit(maxInFlight);
		this.slots = new Slots(maxInFlight);
		this.appliedSlots = maxInFlight;
		this.followRemainingBudget = followRemainingBudget;
	}

	/** A slot held by one call; the generation of the limit it was taken in. */
	record Slot(long generation) {
	}

	/**
	 * Takes a slot, waiting at most {@code maxWait}; null when none freed up in time.
	 */
	@Nullable Slot tryAcquire(Duration maxWait) {
		try {
			if (!slots.tryAcquire(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS)) {
				return null;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		inFlight.incrementAndGet();
		// the generation the call is sent in, read once it has its slot: a call that
		// queued before a decrease is sent after it, and its refusal counts
		return new Slot(limit.generation());
	}

	void release(Slot slot) {
		inFlight.decrementAndGet();
		slots.release();
	}

	/**
	 * What Dataverse's answer to a call says about parallelism: its hint, whether it
	 * refused the call for concurrency, the budget it has left.
	 * @param refusedFor the kind of a 429, null for any other answer
	 */
	void answered(Slot slot, int status, @Nullable ThrottleKind refusedFor, HttpHeaders headers) {
		Integer hint = integer(headers.getFirst(DOP_HINT));
		if (hint != null) {
			limit.hinted(hint);
		}
		if (refusedFor == ThrottleKind.CONCURRENCY) {
			limit.refused(slot.generation());
		}
		else if (refusedFor == null && status < 500) {
			limit.succeeded();
		}
		readBudget(headers);
		if (slots() != appliedSlots) {
			applyLimit();
		}
	}

	int limit() {
		return limit.limit();
	}

	/** The last {@code x-ms-dop-hint}; 0 before Dataverse sent one. */
	int hint() {
		return limit.hint();
	}

	int inFlight() {
		return inFlight.get();
	}

	/** Requests the last answer said its server still takes; -1 when it did not say. */
	long remainingRequests() {
		long remaining = remainingRequests;
		return remaining == Long.MAX_VALUE ? -1 : remaining;
	}

	/**
	 * Seconds of execution time the last answer said are left; NaN when it did not say.
	 */
	double remainingSeconds() {
		return remainingSeconds;
	}

	/**
	 * The limit whose budget the last answer reported as spent (no requests or no
	 * execution time left), while the remaining budget is followed; null otherwise.
	 */
	@Nullable ThrottleKind spentBudget() {
		if (!followRemainingBudget) {
			return null;
		}
		return remainingRequests <= 0 ? ThrottleKind.REQUEST_COUNT
				: remainingSeconds <= 0 ? ThrottleKind.EXECUTION_TIME : null;
	}

	/** The slots there are now: the limit, lowered to the remaining budget. */
	int slots() {
		int slots = limit.limit();
		if (followRemainingBudget) {
			boolean exhausted = remainingRequests <= 0 || remainingSeconds <= 0;
			slots = exhausted ? 1 : (int) Math.min(slots, remainingRequests);
		}
		return slots;
	}

	/** What this answer says of the budget; without a (readable) header, no reading. */
	private void readBudget(HttpHeaders headers) {
		Long remaining = longValue(headers.getFirst(REQUESTS_REMAINING));
		remainingRequests = remaining == null ? Long.MAX_VALUE : Math.max(0, remaining);
		Double left = decimal(headers.getFirst(TIME_REMAINING));
		remainingSeconds = left == null ? Double.NaN : left;
	}

	/**
	 * Sets the number of slots to {@link #slots()}: more are released, fewer taken away
	 * from the free ones (or from those freed later), so calls in flight finish normally.
	 */
	private synchronized void applyLimit() {
		int target = slots();
		int difference = target - appliedSlots;
		if (difference > 0) {
			slots.release(difference);
		}
		else if (difference < 0) {
			slots.reduce(-difference);
		}
		appliedSlots = target;
	}

	private static @Nullable Integer integer(@Nullable String header) {
		Long value = longValue(header);
		return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
	}

	private static @Nullable Long longValue(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(header.trim().replace(",", ""));
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}

	/** Dataverse writes seconds with a thousands separator: {@code 1,200.00}. */
	private static @Nullable Double decimal(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(header.trim().replace(",", "")).doubleValue();
		}
		catch (NumberFormatException unreadable) {
			return null;
		}
	}

	/**
	 * A fair semaphore (first come, first served under a burst) whose number of permits
	 * can shrink while they are taken.
	 */
	private static final class Slots extends Semaphore {

		private Slots(int permits) {
			super(permits, true);
		}

		void reduce(int permits) {
			reducePermits(permits);
		}

	}

}
