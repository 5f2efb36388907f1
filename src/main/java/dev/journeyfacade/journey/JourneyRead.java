package dev.journeyfacade.journey;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a read of one journey: the journey, or only that the version the caller
 * holds ({@code etag}) is current.
 */
record JourneyRead(@Nullable Journey journey, @Nullable String etag) {

	static JourneyRead found(Journey journey) {
		return new JourneyRead(journey, journey.etag());
	}

	static JourneyRead notModified(String etag) {
		return new JourneyRead(null, etag);
	}

	boolean notModified() {
		return journey == null;
	}

}
