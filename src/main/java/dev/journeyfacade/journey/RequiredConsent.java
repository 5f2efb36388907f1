package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/** The minimum consent a contact must have given to be processed by a journey. */
@Schema(enumAsRef = true, description = """
		Minimum consent level a contact needs to enter the journey, from the weakest (CONSENT) to the \
		strongest (PROFILING). UNKNOWN: a level this service does not know yet (read-only; never accepted as input).""",
		example = "CONSENT")
public enum RequiredConsent {

	CONSENT, TRANSACTIONAL, SUBSCRIPTIONS, MARKETING, PROFILING, UNKNOWN;

	@Override
	public String toString() {
		return name();
	}

}
