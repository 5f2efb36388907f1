package dev.journeyfacade.dataverse;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Caps the Dataverse calls in flight from this instance. Dataverse refuses a user's 52nd
 * concurrent request at once instead of queueing it, so a burst waits here briefly
 * instead; a caller that cannot get a slot in time is told to come back (503) rather than
 * queued without bound.
 */
final class ConcurrencyLimiter {

	private final Semaphore permits;

	private final int max;

	ConcurrencyLimiter(int maxInFlight) {
		this.permits = new Semaphore(maxInFlight, true); // fair: first come, first served
															// under a burst
		this.max = maxInFlight;
	}

	/**
	 * Takes a slot, waiting at most {@code maxWait}; false when none freed up in time.
	 */
	boolean tryAcquire(Duration maxWait) {
		try {
			return permits.tryAcquire(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	void release() {
		permits.release();
	}

	int inFlight() {
		return max - permits.availablePermits();
	}

}
