package dev.journeyfacade.dataverse;

import java.time.Duration;

/**
 * Waits between attempts; tests substitute one that records the waits instead of
 * sleeping.
 */
@FunctionalInterface
interface Sleeper {

	Sleeper THREAD = duration -> {
		if (!duration.isZero() && !duration.isNegative()) {
			Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
		}
	};

	void sleep(Duration duration) throws InterruptedException;

}
