package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a real-time journey is triggered: Dataverse's trigger types, by name. */
@Schema(enumAsRef = true, description = """
		Trigger type of a real-time journey, as Dataverse labels it: RECURRING, ONGOING, ONE_TIME, EVENT. \
		UNKNOWN: a trigger type this service does not know yet.""", example = "ONE_TIME")
public enum JourneyTrigger {

	RECURRING, ONGOING, ONE_TIME, EVENT, UNKNOWN;

	@Override
	public String toString() {
		return name();
	}

}
