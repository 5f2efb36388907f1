package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Another real-time journey has the name a create asked for (Dataverse requires names to
 * be unique): 409 {@code journey-name-taken}, with Dataverse's report in
 * {@code validation}. Never the answer to a repeat of a create that made that journey
 * (ADR 12).
 */
public class JourneyNameTaken extends ErrorResponseException {

	/**
	 * @param withKey whether the create carried an Idempotency-Key (then the journey of
	 * that name is known not to be the one an earlier call made)
	 */
	public JourneyNameTaken(String name, boolean withKey, ValidationReport report) {
		super(ProblemType.JOURNEY_NAME_TAKEN.status(), problem(name, withKey, report), null);
	}

	private static ProblemDetail problem(String name, boolean withKey, ValidationReport report) {
		ProblemDetail problem = ProblemType.JOURNEY_NAME_TAKEN
			.detail("A real-time journey named '" + name + "' exists already"
					+ (withKey ? ", and it is not the one an earlier call with this Idempotency-Key " + "made" : "")
					+ ": choose another name. Nothing was created.");
		problem.setProperty("validation", report);
		return problem;
	}

}
