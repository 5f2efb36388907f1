package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The journey's status does not allow the action: 409 {@code journey-state-conflict},
 * naming the status ({@code journeyStatus}) and the statuses that would allow it
 * ({@code allowedStatuses}), so nothing reaches the backend that it would refuse after a
 * round trip.
 */
public class JourneyStatusConflict extends ErrorResponseException {

	/**
	 * @param status the journey's status, of its backend's status enum
	 * @param allowed the statuses the action is allowed from, in the API's order
	 * @param hint what to do instead, a sentence with a leading space; empty when there
	 * is nothing to add
	 */
	public <S extends Enum<S>> JourneyStatusConflict(UUID id, S status, JourneyAction action, Set<S> allowed,
			String hint) {
		super(ProblemType.JOURNEY_STATE_CONFLICT.status(), problem(id, status, action, allowed, hint), null);
	}

	private static <S extends Enum<S>> ProblemDetail problem(UUID id, S status, JourneyAction action, Set<S> allowed,
			String hint) {
		String names = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
		ProblemDetail problem = ProblemType.JOURNEY_STATE_CONFLICT
			.detail("Journey " + id + " is " + status + "; " + action + " is allowed only from " + names + "." + hint);
		problem.setProperty("journeyStatus", status.name());
		problem.setProperty("allowedStatuses", allowed.stream().map(Enum::name).toList());
		return problem;
	}

}
