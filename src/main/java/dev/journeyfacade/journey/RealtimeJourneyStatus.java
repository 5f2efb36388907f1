package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a real-time journey is in its lifecycle: Dataverse's status reasons of the
 * real-time journey table, by name. Set by Dataverse, never by a caller.
 */
@Schema(enumAsRef = true, description = """
		Lifecycle status of a real-time journey, as Dataverse reports it. DRAFT: being designed. PUBLISHING: \
		publishing in progress. LIVE: running. STOPPED and DRAINING: the two status reasons of Dataverse's Stopped \
		state. COMPLETING, COMPLETED: the journey has reached or is reaching its end. DELETED: Dataverse's Deleted \
		state. UNKNOWN: a status this service does not know yet (read-only; never accepted as input).""",
		example = "DRAFT")
public enum RealtimeJourneyStatus {

	DRAFT, LIVE, STOPPED, PUBLISHING, DRAINING, DELETED, COMPLETING, COMPLETED, UNKNOWN;

	// springdoc renders query-parameter enums with toString() (springdoc #2494): keep it
	// the API name.
	@Override
	public String toString() {
		return name();
	}

}
