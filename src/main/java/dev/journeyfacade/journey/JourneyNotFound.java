package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import java.util.UUID;
import org.springframework.web.ErrorResponseException;

/** No journey has this id (in the backend that was asked): 404 {@code not-found}. */
public class JourneyNotFound extends ErrorResponseException {

	public JourneyNotFound(UUID id, Throwable cause) {
		super(ProblemType.NOT_FOUND.status(), ProblemType.NOT_FOUND.detail("Journey " + id + " does not exist."),
				cause);
	}

}
