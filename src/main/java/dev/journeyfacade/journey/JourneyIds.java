package dev.journeyfacade.journey;

import dev.journeyfacade.web.ProblemType;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Reads a journey id from a path: a GUID in its canonical 8-4-4-4-12 form, else a 400
 * problem.
 */
final class JourneyIds {

	private JourneyIds() {
	}

	static UUID parse(@Nullable String id) {
		if (!Guids.isGuid(id)) {
			throw ProblemType.INVALID_ID.exception("'" + abbreviate(id)
					+ "' is not a journey id: expected a GUID such as " + JourneyDocs.ID_EXAMPLE + ".");
		}
		return UUID.fromString(id);
	}

	private static String abbreviate(@Nullable String s) {
		if (s == null) {
			return "";
		}
		return s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}

}
