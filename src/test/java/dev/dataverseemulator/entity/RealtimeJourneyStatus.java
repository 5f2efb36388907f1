package dev.dataverseemulator.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The status reasons of {@code msdynmkt_journey} and the state each belongs to, from the
 * entity's reference
 * (learn.microsoft.com/dynamics365/developer/reference/entities/msdynmkt_journey). Which
 * of them a journey may be deleted in is not documented: the emulator refuses the ones in
 * which it runs.
 */
public final class RealtimeJourneyStatus {

	public static final int DRAFT = 1;

	public static final int LIVE = 2;

	public static final int STOPPED = 3;

	public static final int PUBLISHING = 4;

	public static final int DRAINING = 5;

	public static final int DELETED = 6;

	public static final int COMPLETING = 7;

	public static final int COMPLETED = 8;

	private static final Map<Integer, String> LABELS = new LinkedHashMap<>();

	/** statuscode → statecode: Draining is a kind of Stopped. */
	private static final Map<Integer, Integer> STATE = Map.of(DRAFT, 0, LIVE, 1, STOPPED, 2, PUBLISHING, 3, DRAINING, 2,
			DELETED, 4, COMPLETING, 5, COMPLETED, 6);

	private static final Set<Integer> RUNNING = Set.of(LIVE, PUBLISHING, DRAINING, COMPLETING);

	static {
		LABELS.put(DRAFT, "Draft");
		LABELS.put(LIVE, "Live");
		LABELS.put(STOPPED, "Stopped");
		LABELS.put(PUBLISHING, "Publishing");
		LABELS.put(DRAINING, "Draining");
		LABELS.put(DELETED, "Deleted");
		LABELS.put(COMPLETING, "Completing");
		LABELS.put(COMPLETED, "Completed");
	}

	private RealtimeJourneyStatus() {
	}

	static Map<Integer, String> labels() {
		return Map.copyOf(LABELS);
	}

	public static int stateOf(int status) {
		return STATE.get(status);
	}

	/**
	 * Journeys that run (or are about to, or still finish their runs) cannot be deleted.
	 */
	static boolean refusesDelete(int status) {
		return RUNNING.contains(status);
	}

	static String label(int status) {
		return LABELS.getOrDefault(status, String.valueOf(status)) + " (" + status + ")";
	}

}
