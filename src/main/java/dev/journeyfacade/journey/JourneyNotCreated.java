package dev.journeyfacade.journey;

import dev.journeyfacade.journey.validation.ValidationReport;
import dev.journeyfacade.web.ProblemType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Dataverse checked a real-time create and made nothing: 422 {@code journey-not-created},
 * with every issue in {@code validation}. Publish mode creates nothing that fails a
 * check; Draft mode nothing it cannot make at all (an unknown template, say).
 */
public class JourneyNotCreated extends ErrorResponseException {

	public JourneyNotCreated(CreateMode mode, ValidationReport report) {
		super(ProblemType.JOURNEY_NOT_CREATED.status(), problem(mode, report), null);
	}

	private static ProblemDetail problem(CreateMode mode, ValidationReport report) {
		String why = mode == CreateMode.PUBLISH
				? "a journey created to be published must pass every check, and this one does not"
				: "Dataverse cannot make a journey from this request";
		int issues = report.issues().size();
		ProblemDetail problem = ProblemType.JOURNEY_NOT_CREATED.detail("Nothing was created: " + why + " ("
				+ (issues == 1 ? "1 issue" : issues + " issues") + " in `validation`).");
		problem.setProperty("validation", report);
		return problem;
	}

}
