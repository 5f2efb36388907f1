package dev.journeyfacade.journey.msdyncrm;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Readable sentences for Dataverse's journey-check fault codes. Microsoft documents one
 * code publicly (learn.microsoft.com, "Basic outbound marketing customer journey API
 * operations"); every other code gets a generic sentence that names the code and its
 * arguments, so nothing is ever lost or invented.
 */
final class FaultMessages {

	/**
	 * The documented code: a recurring journey whose end date is too early for its
	 * iterations.
	 */
	static final String RECURRENCE_DOES_NOT_FIT = "ErrorRecurringCampaignEndDateDoesNotFitRequestedIterations";

	private static final Map<String, String> KNOWN = Map.of(RECURRENCE_DOES_NOT_FIT,
			"The end date leaves too little time for the recurrence: a recurring journey needs "
					+ "recurrence.count × recurrence.intervalDays days between its start and its end. "
					+ "Move endsAt later, or lower the count or the interval.");

	private FaultMessages() {
	}

	/** A sentence for a fault; {@code tileId} null or blank = the journey as a whole. */
	static String describe(@Nullable String fault, @Nullable String tileId, @Nullable List<String> arguments) {
		String known = fault == null ? null : KNOWN.get(fault); // Map.of refuses a null
																// key
		if (known != null) {
			return known;
		}
		StringBuilder sentence = new StringBuilder("Dataverse reported the fault ")
			.append(fault == null || fault.isBlank() ? "(without a code)" : fault);
		if (arguments != null && !arguments.isEmpty()) {
			sentence.append(" with the arguments ").append(String.join(", ", arguments));
		}
		sentence
			.append(tileId == null || tileId.isBlank() ? " for the journey as a whole." : " on tile " + tileId + ".");
		return sentence.toString();
	}

}
