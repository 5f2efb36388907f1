package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/** The kind of journey. */
@Schema(enumAsRef = true, description = """
		Kind of journey: AUTOMATED (an ordinary multi-step journey) or LINKEDIN (a LinkedIn campaign). \
		UNKNOWN: a type this service does not know yet (read-only; never accepted as input).""", example = "AUTOMATED")
public enum JourneyType {

	AUTOMATED, LINKEDIN, UNKNOWN;

	@Override
	public String toString() {
		return name();
	}

}
