package dev.journeyfacade.dataverse;

/**
 * How many Dataverse calls this instance may have in flight: additive increase,
 * multiplicative decrease (AIMD) on Dataverse's own signals. It starts at the configured
 * cap; once Dataverse sends {@code x-ms-dop-hint} ("the recommended degree of
 * parallelism",
 * learn.microsoft.com/power-apps/developer/data-platform/send-parallel-requests) it is
 * never above min(cap, hint). A concurrency 429 ({@link ThrottleKind#CONCURRENCY})
 * multiplies it by {@value #BACKOFF_RATIO}; a run of successes as long as the limit adds
 * one; never below 1.
 *
 * <p>
 * Not Netflix's {@code concurrency-limits} (its {@code AIMDLimit} was evaluated): its
 * ceiling is fixed when the limit is built, so it cannot follow a hint that arrives with
 * the first answer and may change; it counts a slow call (5 s by default) as a drop,
 * while a large journey read is slow without any limit being near; it adds one per sample
 * instead of per run; and every drop decreases again, so the refusals of calls sent
 * together would take the limit down to the floor. Here one decrease is made per
 * generation: a refusal of a call sent before the last decrease changes nothing (as TCP
 * reduces once per round trip). ADR 13 weighs it.
 *
 * <p>
 * Thread-safe; the caller (the concurrency limiter) applies the new limit to its slots.
 */
final class ConcurrencyLimit {

	/**
	 * The multiplicative decrease: TCP CUBIC's β (RFC 9438), gentler than halving, so a
	 * refusal caused by a slot Dataverse frees a moment late costs little.
	 */
	static final double BACKOFF_RATIO = 0.7;

	private final int cap;

	private int hint; // 0 until Dataverse sent one

	private int limit;

	private int successes;

	private long generation;

	ConcurrencyLimit(int cap) {
		if (cap < 1) {
			throw new IllegalArgumentException("the cap must be at least 1");
		}
		this.cap = cap;
		this.limit = cap;
	}

	synchronized int limit() {
		return limit;
	}

	/** The last {@code x-ms-dop-hint}; 0 when Dataverse has sent none. */
	synchronized int hint() {
		return hint;
	}

	/**
	 * Increases with every decrease; a call remembers the generation it was sent in.
	 */
	synchronized long generation() {
		return generation;
	}

	/**
	 * Dataverse's {@code x-ms-dop-hint}: the limit never exceeds it (values below 1 are
	 * ignored). True when the limit changed.
	 */
	synchronized boolean hinted(int dopHint) {
		if (dopHint < 1 || dopHint == hint) {
			return false;
		}
		hint = dopHint;
		if (limit > ceiling()) {
			limit = ceiling();
			successes = 0;
			generation++;
			return true;
		}
		return false;
	}

	/**
	 * A call Dataverse answered without refusing it for concurrency. True when the limit
	 * grew.
	 */
	synchronized boolean succeeded() {
		successes++;
		if (successes >= limit && limit < ceiling()) {
			limit++;
			successes = 0;
			return true;
		}
		return false;
	}

	/**
	 * Dataverse refused a call for concurrency. True when the limit went down: only for a
	 * call sent in the current generation, and never below 1.
	 * @param sentIn the generation the refused call was sent in
	 */
	synchronized boolean refused(long sentIn) {
		successes = 0;
		if (sentIn != generation || limit == 1) {
			return false;
		}
		limit = Math.max(1, Math.min(limit - 1, (int) Math.floor(limit * BACKOFF_RATIO)));
		generation++;
		return true;
	}

	private int ceiling() {
		return hint == 0 ? cap : Math.min(cap, hint);
	}

}
