package dev.journeyfacade.journey.validation;

import io.swagger.v3.oas.annotations.media.Schema;

/** How much one issue of a check matters. */
@Schema(enumAsRef = true,
		description = "Severity of one issue: INFO (informative), WARNING (non-blocking), " + "ERROR (blocking).",
		example = "ERROR")
public enum IssueSeverity {

	INFO, WARNING, ERROR;

	@Override
	public String toString() {
		return name();
	}

}
