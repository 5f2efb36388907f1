package dev.journeyfacade.dataverse;

import java.time.Instant;
import java.util.Optional;

/**
 * The start of the caller's request, so that all Dataverse calls made for one caller
 * request share one time budget. {@link DataverseDeadlineFilter} opens a scope per
 * request; calls made outside any scope (start-up checks, background work) each get a
 * budget of their own.
 */
final class DataverseDeadline {

	private static final ThreadLocal<Instant> START = new ThreadLocal<>();

	private DataverseDeadline() {
	}

	/**
	 * Marks {@code start} as the beginning of the current caller request until the scope
	 * is closed.
	 */
	static Scope open(Instant start) {
		Instant previous = START.get();
		START.set(start);
		return () -> {
			if (previous == null) {
				START.remove();
			}
			else {
				START.set(previous);
			}
		};
	}

	static Optional<Instant> currentStart() {
		return Optional.ofNullable(START.get());
	}

	/** Closes the scope; never throws. */
	@FunctionalInterface
	interface Scope extends AutoCloseable {

		@Override
		void close();

	}

}
