package dev.journeyfacade.journey.validation;

import io.swagger.v3.oas.annotations.media.Schema;

/** The overall verdict of a journey check. */
@Schema(enumAsRef = true,
		description = "Overall result of a check: VALID (no issues that matter), WARNING "
				+ "(non-blocking issues), ERROR (blocking issues: the journey cannot go live as it is).",
		example = "ERROR")
public enum ValidationOutcome {

	VALID, WARNING, ERROR;

	@Override
	public String toString() {
		return name();
	}

}
