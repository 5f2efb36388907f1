package dev.journeyfacade.journey.msdynmkt;

import dev.journeyfacade.web.ProblemType;
import org.springframework.web.ErrorResponseException;

/**
 * Dataverse does not know the real-time journeys' table or action a call needs: the
 * environment has no real-time journeys of Customer Insights – Journeys (or not the part
 * the call needs, such as the create-from-template action of August 2025): 503
 * {@code realtime-journeys-unavailable}, in words.
 */
class RealtimeJourneysUnavailable extends ErrorResponseException {

	RealtimeJourneysUnavailable() {
		super(ProblemType.REALTIME_JOURNEYS_UNAVAILABLE.status(), ProblemType.REALTIME_JOURNEYS_UNAVAILABLE.detail(
				"This Dataverse environment has no real-time journeys of Customer Insights – Journeys, or not the part "
						+ "this call needs (Dataverse does not know its table or action): real-time journeys must be "
						+ "installed and up to date in the environment."),
				null);
	}

}
