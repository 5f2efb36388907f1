package dev.journeyfacade.journey;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The kind of record a journey addresses. The API calls it {@code Target}; the Java name
 * does not shadow {@code java.lang.annotation.Target}.
 */
@Schema(name = "Target", enumAsRef = true, description = """
		Kind of record the journey addresses: CONTACT (people) or ACCOUNT (organisations). \
		UNKNOWN: a target this service does not know yet (read-only; never accepted as input).""", example = "CONTACT")
public enum JourneyTarget {

	CONTACT, ACCOUNT, UNKNOWN;

	@Override
	public String toString() {
		return name();
	}

}
