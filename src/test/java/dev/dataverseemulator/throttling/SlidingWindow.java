package dev.dataverseemulator.throttling;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Amounts (requests, milliseconds of execution) counted over a sliding window, at
 * millisecond resolution: what Dataverse's service protection limits add up per user and
 * web server. Not thread-safe; its owner locks.
 */
final class SlidingWindow {

	/**
	 * {@code {epoch millisecond, amount}}, oldest first; amounts of the same millisecond
	 * share one entry.
	 */
	private final Deque<long[]> entries = new ArrayDeque<>();

	private long sum;

	void add(Instant at, long amount) {
		long millis = at.toEpochMilli();
		long[] last = entries.peekLast();
		if (last != null && last[0] == millis) {
			last[1] += amount;
		}
		else {
			entries.addLast(new long[] { millis, amount });
		}
		sum += amount;
	}

	/**
	 * The amount counted in the window that ends now; an entry leaves once window has
	 * passed since it.
	 */
	long sum(Instant now, Duration window) {
		long cutoff = now.toEpochMilli() - window.toMillis();
		while (!entries.isEmpty() && entries.peekFirst()[0] <= cutoff) {
			sum -= entries.pollFirst()[1];
		}
		return sum;
	}

	/**
	 * How long until the amount in the window falls below {@code limit}; zero when it is
	 * below already.
	 */
	Duration untilBelow(long limit, Instant now, Duration window) {
		long remaining = sum(now, window);
		for (long[] entry : entries) {
			if (remaining < limit) {
				break;
			}
			remaining -= entry[1];
			if (remaining < limit) {
				return Duration.ofMillis(entry[0] + window.toMillis() - now.toEpochMilli());
			}
		}
		return Duration.ZERO;
	}

	void clear() {
		entries.clear();
		sum = 0;
	}

}
