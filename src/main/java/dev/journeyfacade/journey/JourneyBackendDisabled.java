package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import org.springframework.web.ErrorResponseException;

/**
 * This deployment does not serve a journey backend (switched off by configuration): its
 * endpoints answer 501 {@code journey-backend-disabled}, saying which and how to switch
 * it on, instead of Spring's bare 404.
 */
public class JourneyBackendDisabled extends ErrorResponseException {

	/**
	 * @param backend what the backend serves, e.g. "real-time journeys"
	 * @param property the setting that switches it on
	 */
	public JourneyBackendDisabled(String backend, String property) {
		super(ProblemType.JOURNEY_BACKEND_DISABLED.status(), ProblemType.JOURNEY_BACKEND_DISABLED
			.detail("This deployment does not serve " + backend + " (" + property + "=false)."), null);
	}

}
