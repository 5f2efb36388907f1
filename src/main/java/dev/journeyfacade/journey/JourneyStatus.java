package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a journey is in its lifecycle. Changed only through publish and stop, never by an
 * update.
 */
@Schema(enumAsRef = true, description = """
		Lifecycle status of a journey. DRAFT: being designed. GOING_LIVE: publishing in progress. LIVE: running. \
		LIVE_EDITABLE: running, opened for edits. STOPPING: stop in progress. STOPPED: stopped, may go live again. \
		ERROR: publishing or stopping failed (publish again to retry). EXPIRED: ended and inactive. \
		UNKNOWN: a status this service does not know yet (read-only; never accepted as input).""", example = "DRAFT")
public enum JourneyStatus {

	DRAFT, LIVE, STOPPED, LIVE_EDITABLE, EXPIRED, ERROR, GOING_LIVE, STOPPING, UNKNOWN;

	// springdoc renders query-parameter enums with toString() (springdoc #2494): keep it
	// the API name.
	@Override
	public String toString() {
		return name();
	}

}
